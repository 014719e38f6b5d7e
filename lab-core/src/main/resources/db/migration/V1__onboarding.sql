-- Lab's state: onboardings with their rendered files, their tokens (hashed) and every server's
-- timeline. Portable SQL (SQLite and PostgreSQL): text ids made by Lab, times as epoch millis.

CREATE TABLE onboardings (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  server      VARCHAR(253) NOT NULL,
  profile     VARCHAR(253) NOT NULL,
  method      VARCHAR(16)  NOT NULL,
  plugin      VARCHAR(64)  NOT NULL,
  state       VARCHAR(16)  NOT NULL,
  reason      TEXT,
  boot_specs  TEXT         NOT NULL,
  created_at  BIGINT       NOT NULL,
  updated_at  BIGINT       NOT NULL
);
CREATE INDEX onboardings_by_server ON onboardings (server, created_at);

CREATE TABLE onboarding_files (
  onboarding_id VARCHAR(36)  NOT NULL REFERENCES onboardings (id),
  name          VARCHAR(255) NOT NULL,
  media_type    VARCHAR(255) NOT NULL,
  content       TEXT         NOT NULL,
  PRIMARY KEY (onboarding_id, name)
);

CREATE TABLE tokens (
  token_hash    VARCHAR(64) NOT NULL PRIMARY KEY,
  onboarding_id VARCHAR(36) NOT NULL REFERENCES onboardings (id),
  purpose       VARCHAR(16) NOT NULL,
  expires_at    BIGINT      NOT NULL,
  consumed_at   BIGINT,
  revoked_at    BIGINT
);
CREATE INDEX tokens_by_onboarding ON tokens (onboarding_id);

CREATE TABLE events (
  id            VARCHAR(36)  NOT NULL PRIMARY KEY,
  server        VARCHAR(253) NOT NULL,
  onboarding_id VARCHAR(36),
  at            BIGINT       NOT NULL,
  seq           BIGINT       NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  type          VARCHAR(64)  NOT NULL,
  message       TEXT,
  data          TEXT
);
CREATE INDEX events_by_server ON events (server, at, seq);
