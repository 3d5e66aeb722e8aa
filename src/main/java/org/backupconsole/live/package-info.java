/**
 * The live adapter of {@code BackupService}: the CockroachDB Cloud API over HTTPS with OkHttp and the shapes of
 * {@code org.backupconsole.wire}. It holds the secret key in memory only and never puts it in a log line, an
 * error message or a file.
 */
package org.backupconsole.live;
