-- ghl-plezi token store, H2 dialect. Idempotent: safe to run at every start.
CREATE TABLE IF NOT EXISTS ghlplezi_token (
    id                VARCHAR(128)           NOT NULL PRIMARY KEY,
    user_type         VARCHAR(16)            NOT NULL,
    access_token      CHARACTER LARGE OBJECT NOT NULL,
    access_expires_at BIGINT                 NULL,
    refresh_token     CHARACTER LARGE OBJECT NULL,
    scopes            CHARACTER LARGE OBJECT NOT NULL,
    version           BIGINT                 NOT NULL,
    updated_at        BIGINT                 NOT NULL
);
-- One row per id, locked with SELECT ... FOR UPDATE while a refresh is in flight.
CREATE TABLE IF NOT EXISTS ghlplezi_token_lock (
    id VARCHAR(128) NOT NULL PRIMARY KEY
);
