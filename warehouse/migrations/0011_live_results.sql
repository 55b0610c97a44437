-- Live results (issue 13): what collector.scoring makes of an event's reads and roster, under the wall.
--
-- A controller event (its ChronoTrack event id) is tied to the roster it is scored against: an archive
-- event (provider syncs and CSV imports make one too), set by `p88 collector bind --roster-event`.
ALTER TABLE collector_bindings ADD COLUMN roster_event_id bigint;

CREATE TABLE live_results (
    partner_id      integer NOT NULL REFERENCES timing_partners,
    event_id        text NOT NULL,          -- the controller's event id (collector_bindings.event_id)
    bib             text NOT NULL,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    sex             char(1),
    age_group       text,
    race            text NOT NULL,
    chip_time_s     double precision NOT NULL,
    gun_time_s      double precision NOT NULL,
    pace_s_per_km   double precision,
    place           integer NOT NULL,       -- among those finished when scored, per race
    sex_place       integer,
    age_group_place integer,
    scored_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (partner_id, event_id, bib)
);
SELECT p88_private.wall('live_results');
