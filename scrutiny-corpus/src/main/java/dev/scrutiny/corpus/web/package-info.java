/**
 * Articles from the web: {@link dev.scrutiny.corpus.web.Fetcher} fetches politely and safely (timeouts,
 * size cap, limited redirects, one connection per host, private addresses refused after DNS resolution
 * and every redirect), {@link dev.scrutiny.corpus.web.WebArticles} turns article URLs and RSS/Atom feeds
 * into articles through the core ingest.
 */
@NullMarked
package dev.scrutiny.corpus.web;

import org.jspecify.annotations.NullMarked;
