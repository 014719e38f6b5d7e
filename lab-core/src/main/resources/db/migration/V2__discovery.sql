-- Discovered machines: machines outside the inventory that booted Lab's agent in discovery mode and
-- posted their facts, and the rule slots that count how many machines each rule onboarded.
-- Portable SQL (SQLite and PostgreSQL): text ids made by Lab, times as epoch millis.

CREATE TABLE discovered_machines (
  mac           VARCHAR(17)  NOT NULL PRIMARY KEY,
  name          VARCHAR(253) NOT NULL,
  state         VARCHAR(16)  NOT NULL,
  facts         TEXT         NOT NULL,
  poll_hash     VARCHAR(64)  NOT NULL,
  rule          VARCHAR(253),
  labels        TEXT,
  onboarding_id VARCHAR(36),
  plan_url      TEXT,
  first_seen    BIGINT       NOT NULL,
  last_seen     BIGINT       NOT NULL,
  updated_at    BIGINT       NOT NULL
);
CREATE UNIQUE INDEX discovered_machines_by_name ON discovered_machines (name);
CREATE UNIQUE INDEX discovered_machines_by_poll ON discovered_machines (poll_hash);
CREATE INDEX discovered_machines_by_seen ON discovered_machines (first_seen, mac);

-- One row per machine a rule onboarded, numbered from 1: the primary key lets only one Lab server
-- take a number, so a rule's limit holds even with several servers on one database.
CREATE TABLE rule_slots (
  rule    VARCHAR(253) NOT NULL,
  slot    INTEGER      NOT NULL,
  mac     VARCHAR(17)  NOT NULL,
  PRIMARY KEY (rule, slot)
);
CREATE UNIQUE INDEX rule_slots_by_mac ON rule_slots (mac);
