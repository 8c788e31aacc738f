-- Scrutiny corpus schema 2 (PostgreSQL): each statement's side (RUSSIAN, UKRAINIAN, OTHER, from the
-- analysis JSON's claims[].side), for the side filter and facet of search; filled in for stored analyses.
ALTER TABLE statements ADD COLUMN side TEXT;
UPDATE statements SET side = (SELECT n.json::jsonb -> 'claims' -> statements.ord ->> 'side' FROM analyses n WHERE n.article_seq = statements.article_seq);
CREATE INDEX statements_side ON statements(side, article_seq);
CREATE INDEX articles_genre ON articles(genre);
