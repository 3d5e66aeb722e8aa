/**
 * The JSON shapes of the CockroachDB Cloud API (version 2024-09-16), written once and used by both the live
 * client and the local server, with the mapping between them and the domain records.
 *
 * <p>Field names are the API's snake_case; 64-bit integers travel as JSON strings; timestamps are RFC 3339 with
 * 0 to 9 fractional digits; unknown fields are ignored, so a newer service does not break an older client.
 * Enumerations are kept as strings here and checked where they are mapped, so an unknown value can be reported
 * with the field it came in.
 */
package org.backupconsole.wire;
