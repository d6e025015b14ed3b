-- what the person writes themselves while working through the steps; ready for the app
CREATE TABLE check_ins (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT REFERENCES conversations (id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  mood INTEGER,
  closeness INTEGER,
  note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE plan_progress (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  step TEXT NOT NULL,
  item TEXT NOT NULL,
  done INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, step, item)
) STRICT;

CREATE TABLE journal_entries (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT REFERENCES conversations (id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  text TEXT NOT NULL
) STRICT;

CREATE TABLE coached_drafts (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT REFERENCES conversations (id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  draft TEXT NOT NULL,
  verdict TEXT NOT NULL,
  rewrite TEXT,
  sent TEXT
) STRICT;
