-- conversations and their messages; one row per message, fingerprints (the 53-bit number of the core's base-36
-- fingerprint) unique within a conversation
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  format TEXT NOT NULL,
  title TEXT,
  me TEXT NOT NULL,
  partner TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  participants TEXT NOT NULL,
  file_name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  fingerprint INTEGER NOT NULL,
  at INTEGER NOT NULL,
  author TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  source_id TEXT,
  reply_to TEXT,
  edited INTEGER,
  duration_seconds REAL,
  UNIQUE (conversation_id, fingerprint)
) STRICT;

CREATE INDEX messages_by_time ON messages (conversation_id, at, id);

CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
