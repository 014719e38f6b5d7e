-- An onboarding's progress of one type (is there a deploy-finished?) is asked on every boot of the
-- machine: without this index the query walks the server's whole timeline, which only grows.
CREATE INDEX events_by_onboarding ON events (onboarding_id, kind, type, at, seq);
