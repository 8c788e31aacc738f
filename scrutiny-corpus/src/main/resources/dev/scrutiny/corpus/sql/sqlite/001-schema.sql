-- Scrutiny corpus schema 1 (SQLite). Offsets are UTF-16 code units into articles.text.
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  origin TEXT,
  title TEXT,
  url TEXT,
  source TEXT,
  author TEXT,
  published TEXT,
  published_date TEXT,
  language TEXT,
  genre TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  revision_of TEXT,
  latest INTEGER NOT NULL DEFAULT 1,
  words INTEGER NOT NULL,
  text TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_source ON articles(source, published_date);
CREATE INDEX articles_published ON articles(published_date);
CREATE INDEX articles_language ON articles(language);
CREATE TABLE analyses (
  article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
  scrutiny_version TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  models TEXT NOT NULL,
  analysed_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE statements (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  id TEXT NOT NULL,
  speaker TEXT,
  speaker_key TEXT,
  speaker_type TEXT,
  cue TEXT,
  stance TEXT,
  kind TEXT,
  date TEXT,
  hedged INTEGER NOT NULL,
  checkworthiness REAL NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (article_seq, ord)
);
CREATE INDEX statements_speaker_key ON statements(speaker_key);
CREATE INDEX statements_speaker ON statements(speaker COLLATE NOCASE);
CREATE TABLE entities (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  type TEXT,
  name TEXT,
  key TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_seq, ord)
);
CREATE INDEX entities_key ON entities(key);
CREATE TABLE places (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  place_id TEXT NOT NULL,
  name TEXT,
  surface TEXT,
  country TEXT,
  admin1 TEXT,
  latitude REAL,
  longitude REAL,
  kind TEXT,
  convention TEXT,
  gazetteer_id INTEGER,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_seq, ord)
);
CREATE INDEX places_name ON places(name COLLATE NOCASE);
CREATE TABLE techniques (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  technique TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT,
  confidence REAL,
  PRIMARY KEY (article_seq, ord)
);
CREATE INDEX techniques_technique ON techniques(technique);
CREATE TABLE checks (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  severity TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (article_seq, ord)
);
CREATE INDEX checks_kind ON checks(kind);
CREATE TABLE markers (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  type TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT,
  term TEXT,
  category TEXT,
  side TEXT,
  convention TEXT,
  PRIMARY KEY (article_seq, ord)
);
CREATE TABLE cross_results (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
);
CREATE TABLE cross_result_articles (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (kind, id, article_id)
);
CREATE INDEX cross_result_articles_article ON cross_result_articles(article_id);
CREATE VIEW latest_articles AS SELECT seq, title, text FROM articles WHERE latest = 1;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='latest_articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
-- the full-text index holds the latest revision of each article only (searched by default; older
-- revisions stay readable by id): a revision leaves the index when a newer one arrives
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN new.latest = 1 BEGIN INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN old.latest = 1 BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END;
CREATE TRIGGER articles_fts_superseded AFTER UPDATE OF latest ON articles WHEN old.latest = 1 AND new.latest = 0 BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles WHEN old.latest = 1 AND new.latest = 1 BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END;
