-- Scrutiny corpus schema 2 (SQLite): each statement's side (RUSSIAN, UKRAINIAN, OTHER, from the
-- analysis JSON's claims[].side), for the side filter and facet of search; filled in for stored analyses.
ALTER TABLE statements ADD COLUMN side TEXT;
UPDATE statements SET side = (SELECT json_extract(n.json, '$.claims[' || statements.ord || '].side') FROM analyses n WHERE n.article_seq = statements.article_seq);
CREATE INDEX statements_side ON statements(side, article_seq);
CREATE INDEX articles_genre ON articles(genre);
-- every facet value of an article and its latest flag in one index: facets and filter-only counts are
-- read from it, not from the rows (whose text is most of the file)
CREATE INDEX articles_facets ON articles(source, published_date, language, genre, latest);
