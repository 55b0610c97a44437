-- The collector: how a connection's timing company is known, and where reads nobody has claimed wait.
--
-- A ChronoTrack connection reports its event id (ack~geteventinfo). A timing company claims an event id
-- with `p88 collector bind --partner <slug> --event-id <id>` (or the builder); reads for a claimed event land
-- in that company's timing session for (event, timing point). Reads for an event nobody has claimed land in
-- unassigned_reads and move into the company's session, exactly once, when the event is bound.
-- A collector started with `--partner <slug>` (one listener port per company) claims every connection itself.

CREATE TABLE collector_bindings (
    partner_id integer NOT NULL REFERENCES timing_partners,
    event_id   text NOT NULL UNIQUE,     -- ChronoTrack event ids are global, so one company per event id
    created_at timestamptz NOT NULL DEFAULT now()
);
SELECT p88_private.wall('collector_bindings');

-- One live session per (company, event, timing point); the collector finds or creates it. Sessions made by
-- hand (no event id or timing point) never clash here: NULLs are distinct.
CREATE UNIQUE INDEX timing_sessions_live_key ON timing_sessions (partner_id, event_id, timing_point)
    WHERE status = 'active';

-- The collector names each connection itself, so the connection's log row can be written through the spool
-- (and so survive a database outage) rather than needing the database at connect time.
ALTER TABLE connection_log ADD COLUMN connection_key text UNIQUE;
ALTER TABLE connection_log ADD COLUMN quarantined integer NOT NULL DEFAULT 0;

-- System tables (no partner_id, no grants to p88_app): their rows belong to no company yet.
CREATE TABLE unassigned_reads (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        text NOT NULL,           -- '' when the timing software never answered geteventinfo
    event_name      text,
    timing_point    text NOT NULL,
    location_name   text NOT NULL,
    sequence_number bigint NOT NULL,
    bib             text NOT NULL,
    reader_id       text,
    read_time       time NOT NULL,
    read_timestamp  timestamptz,
    lap_count       integer NOT NULL DEFAULT 0,
    gator           integer NOT NULL DEFAULT 0,
    is_gun_time     boolean NOT NULL DEFAULT false,
    raw_line        text NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    connection_key  text,
    UNIQUE (event_id, timing_point, location_name, sequence_number)
);

-- Lines the collector could not understand, verbatim (bytes: they may not even be UTF-8), with the reason.
CREATE TABLE quarantined_lines (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    connection_key text,
    client_ip      inet,
    event_id       text,
    raw            bytea NOT NULL,
    reason         text NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quarantined_lines_received_idx ON quarantined_lines (received_at);
