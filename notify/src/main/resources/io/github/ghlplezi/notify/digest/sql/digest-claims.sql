-- ghl-plezi digest claims, PostgreSQL and H2 alike. Safe to run again, and from several processes.
-- One row per recipient, ISO week and sink: the primary key is what makes a digest go out once.
CREATE TABLE IF NOT EXISTS ghlplezi_digest_claim (
  recipient_id VARCHAR(128) NOT NULL,
  iso_week VARCHAR(8) NOT NULL,
  sink VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  owner_id VARCHAR(128) NOT NULL,
  claimed_at BIGINT NOT NULL,
  lease_until BIGINT NOT NULL,
  finished_at BIGINT,
  attempts INTEGER NOT NULL,
  PRIMARY KEY (recipient_id, iso_week, sink)
);
