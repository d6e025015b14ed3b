-- messages kept in blocks of consecutive messages of one import instead of one row each: an import writes a few
-- hundred rows instead of a million, and a re-import reads every fingerprint in one pass. `fingerprints` is a
-- JSON array of numbers or (as the vault writes them) their little-endian float64s; `messages` is a JSON array of
-- rows [at, author, kind, text, source_id, reply_to, edited, duration_seconds] (trailing nulls may be left out),
-- as text or (as the vault writes it) deflated. The fingerprints come before the messages so reading them does not
-- read the messages' pages. Fingerprints stay unique within a conversation: the import checks each against all
-- stored ones inside its write transaction.
CREATE TABLE message_blocks (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  first_at INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  count INTEGER NOT NULL,
  fingerprints ANY NOT NULL,
  messages ANY NOT NULL
) STRICT;

CREATE INDEX message_blocks_by_conversation ON message_blocks (conversation_id, first_at);

INSERT INTO message_blocks (conversation_id, first_at, last_at, count, fingerprints, messages)
SELECT conversation_id, min(at), max(at), count(*),
  json_group_array(fingerprint ORDER BY id),
  json_group_array(json_array(at, author, kind, text, source_id, reply_to, edited, duration_seconds) ORDER BY id)
FROM (SELECT *, (row_number() OVER (PARTITION BY conversation_id ORDER BY id) - 1) / 2000 AS block FROM messages)
GROUP BY conversation_id, block
ORDER BY conversation_id, block;

DROP TABLE messages;

-- counts the imports that changed a conversation, so whatever is kept from its analysis (the app's insights) can
-- tell that it is out of date, even when another process imported
ALTER TABLE conversations ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;

-- the finished insights of each stored basis (deflated JSON of the report), written at import so that reading the
-- insights of a long history parses one row instead of building the weeks again; gone with its basis
CREATE TABLE analysis_reports (
  analysis_id INTEGER PRIMARY KEY REFERENCES analyses (id) ON DELETE CASCADE,
  report BLOB NOT NULL
) STRICT;
