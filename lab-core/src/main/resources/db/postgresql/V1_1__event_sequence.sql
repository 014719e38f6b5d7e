-- PostgreSQL only: timeline sequence numbers come from a sequence, so events inserted by several
-- Lab servers at once stay ordered. (SQLite serialises its writers and counts on its own.)
CREATE SEQUENCE events_seq;
