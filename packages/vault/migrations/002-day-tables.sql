-- the analysis's per-day tables, so that insights on a stored conversation read neither the messages nor the text
-- again; one basis per (conversation, me, partner, time zone), rebuilt when the analysis version changes
CREATE TABLE analyses (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  me TEXT NOT NULL,
  partner TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  version INTEGER NOT NULL,
  message_count INTEGER NOT NULL,
  first_day INTEGER NOT NULL,
  day_count INTEGER NOT NULL,
  excluded_messages INTEGER NOT NULL,
  first_at REAL,
  last_at REAL,
  author_messages TEXT NOT NULL,
  evidence TEXT NOT NULL,
  UNIQUE (conversation_id, me, partner, time_zone)
) STRICT;

-- one row per day and person (0 = the user, 1 = the partner); day is the index from first_day
CREATE TABLE day_figures (
  analysis_id INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
  side INTEGER NOT NULL,
  day INTEGER NOT NULL,
  messages INTEGER NOT NULL,
  text_messages INTEGER NOT NULL,
  words INTEGER NOT NULL,
  conversations_started INTEGER NOT NULL,
  questions INTEGER NOT NULL,
  bids INTEGER NOT NULL,
  bids_answered INTEGER NOT NULL,
  one_word_replies INTEGER NOT NULL,
  affection INTEGER NOT NULL,
  sentiment_sum REAL NOT NULL,
  we INTEGER NOT NULL,
  you INTEGER NOT NULL,
  late_night INTEGER NOT NULL,
  double_texts INTEGER NOT NULL,
  unanswered_runs INTEGER NOT NULL,
  style BLOB NOT NULL,
  PRIMARY KEY (analysis_id, side, day)
) STRICT, WITHOUT ROWID;

-- per person: values recorded in day order (reply minutes, words per message), packed as little-endian arrays
CREATE TABLE day_records (
  analysis_id INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
  side INTEGER NOT NULL,
  kind TEXT NOT NULL,
  days BLOB NOT NULL,
  vals BLOB NOT NULL,
  quiet_start_minute INTEGER NOT NULL,
  longest_run INTEGER NOT NULL,
  PRIMARY KEY (analysis_id, side, kind)
) STRICT, WITHOUT ROWID;
