-- Scrutiny corpus schema 2 (SQLite): each statement's side (RUSSIAN, UKRAINIAN, OTHER, from the
-- analysis JSON's claims[].side), for the side filter and facet of search; filled in for stored analyses.
ALTER TABLE statements ADD COLUMN side TEXT;
UPDATE statements SET side = (SELECT json_extract(n.json, '$.claims[' || statements.ord || '].side') FROM analyses n WHERE n.article_seq = statements.article_seq);
CREATE INDEX statements_side ON statements(side, article_seq);
CREATE INDEX articles_genre ON articles(genre);
CREATE INDEX articles_latest ON articles(latest, published_date);
-- every facet value of an article in one index: facets are counted without reading the rows
CREATE INDEX articles_facets ON articles(source, published_date, language, genre);
