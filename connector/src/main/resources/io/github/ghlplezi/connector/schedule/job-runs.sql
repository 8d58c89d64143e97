CREATE TABLE IF NOT EXISTS ghlplezi_job_run (
  job VARCHAR(64) NOT NULL,
  replica VARCHAR(256) NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT NOT NULL,
  succeeded BOOLEAN NOT NULL,
  detail VARCHAR(1024) NOT NULL
);
CREATE INDEX IF NOT EXISTS ghlplezi_job_run_job_idx ON ghlplezi_job_run (job, finished_at);
