/**
 * The strict reading of JSON, one for everything the app reads: request bodies on the local server, the Cloud
 * API's answers in the live client, and the simulator's scenario and state files.
 *
 * <p>{@link org.backupconsole.json.StrictJson} turns bytes into a tree, refusing what is not one JSON value
 * (bad UTF-8, bad syntax, a key given twice, anything after the value), and binds a tree to a type without
 * coercing one kind of scalar into another. Every refusal is a {@link org.backupconsole.json.JsonRefusal}: the
 * place ({@code $.restore_opts.schema_only}, or a line and column) and a reason written for a person, never the
 * parser's own words.
 */
package org.backupconsole.json;
