/**
 * The local Cloud API's transport: a small HTTP/1.1 server on blocking sockets that stays up under slow,
 * stalled, oversized and malformed requests, and hands every request target to its handler as sent.
 */
package org.backupconsole.server.http;
