/**
 * The local Cloud API: the official endpoints, shapes, status codes and error bodies of the CockroachDB Cloud
 * API, served over HTTP by the JDK's built-in server on top of the simulator, plus control endpoints under
 * {@code /_sim/} that move its clock and inject faults.
 */
package org.backupconsole.server;
