-- ghl-plezi statistics stream, schema version 1 (h2). Every statement is safe to run again.
CREATE TABLE IF NOT EXISTS ghlplezi_schema_version (
  component VARCHAR(64) PRIMARY KEY,
  version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ghlplezi_stat_point (
  location_id VARCHAR(128) NOT NULL,
  account_id VARCHAR(256) NOT NULL,
  platform VARCHAR(32) NOT NULL,
  metric VARCHAR(32) NOT NULL,
  stat_day DATE NOT NULL,
  stat_value DOUBLE PRECISION NOT NULL,
  read_at BIGINT NOT NULL,
  PRIMARY KEY (location_id, account_id, platform, metric, stat_day)
);
CREATE TABLE IF NOT EXISTS ghlplezi_stat_read (
  location_id VARCHAR(128) PRIMARY KEY,
  last_day DATE NOT NULL,
  read_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS ghlplezi_stat_gap (
  location_id VARCHAR(128) NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (location_id, first_day)
);
