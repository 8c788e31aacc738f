/**
 * A REST API and a local web app over a {@link dev.scrutiny.corpus.CorpusStore}, served by the JDK's own
 * HTTP server on virtual threads: {@link ScrutinyServer} starts it, {@link ServerOptions} says where and
 * how. Pages are rendered on the server (no scripts at all; charts and maps are inline SVG), every
 * untrusted string is escaped, and every response carries a strict Content-Security-Policy.
 */
@NullMarked
package dev.scrutiny.server;

import org.jspecify.annotations.NullMarked;
