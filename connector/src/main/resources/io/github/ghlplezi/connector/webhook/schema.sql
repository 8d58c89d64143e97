CREATE TABLE IF NOT EXISTS ghlplezi_installed_location (
  location_id VARCHAR(128) PRIMARY KEY,
  installed_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS ghlplezi_webhook_id (
  webhook_id VARCHAR(256) PRIMARY KEY,
  forget_after BIGINT NOT NULL
);
