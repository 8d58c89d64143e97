CREATE TABLE IF NOT EXISTS ghlplezi_reauthorization (
  id VARCHAR(128) PRIMARY KEY,
  user_type VARCHAR(16) NOT NULL,
  reason VARCHAR(32) NOT NULL,
  store_version BIGINT NOT NULL,
  occurred_at BIGINT NOT NULL
);
