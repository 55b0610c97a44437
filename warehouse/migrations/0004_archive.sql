-- The archive, system of record for events, races, participants and results. Column names are a contract
-- shared with the Parquet export, the notebooks and the question layer: add columns, never rename these.
-- `updated_at` is the export's watermark. Composite foreign keys make a row's company agree with its parent's.

CREATE TABLE events (
    event_id          bigint PRIMARY KEY,
    partner_id        integer NOT NULL REFERENCES timing_partners,
    name              text NOT NULL,
    event_date        date NOT NULL,
    city              text,
    state             text CHECK (state ~ '^[A-Z]{2}$'),
    provider          text,
    provider_event_id text,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, partner_id)
);
CREATE INDEX events_partner_date_idx ON events (partner_id, event_date);

CREATE TABLE races (
    race_id     bigint PRIMARY KEY,
    event_id    bigint NOT NULL,
    partner_id  integer NOT NULL,
    name        text NOT NULL,
    distance_km double precision NOT NULL CHECK (distance_km > 0),
    race_date   date NOT NULL,
    start_time  timestamp,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (race_id, partner_id),
    FOREIGN KEY (event_id, partner_id) REFERENCES events (event_id, partner_id) ON DELETE CASCADE
);
CREATE INDEX races_event_idx ON races (event_id);

CREATE TABLE participants (
    participant_id bigint PRIMARY KEY,
    partner_id     integer NOT NULL REFERENCES timing_partners,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    sex            char(1) NOT NULL CHECK (sex IN ('M', 'F', 'X')),
    birth_date     date,
    city           text,
    state          text,
    email          text,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (participant_id, partner_id)
);
CREATE INDEX participants_partner_idx ON participants (partner_id);

CREATE TABLE results (
    result_id       bigint PRIMARY KEY,
    race_id         bigint NOT NULL,
    event_id        bigint NOT NULL,
    partner_id      integer NOT NULL,
    participant_id  bigint NOT NULL,
    bib             varchar(16),
    age             integer CHECK (age BETWEEN 1 AND 120),
    age_group       varchar(8),
    status          varchar(3) NOT NULL CHECK (status IN ('FIN', 'DNF', 'DNS', 'DQ')),
    chip_time_s     double precision CHECK (status = 'FIN' OR chip_time_s IS NULL),
    gun_time_s      double precision,
    overall_place   integer,
    gender_place    integer,
    age_group_place integer,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (race_id, partner_id) REFERENCES races (race_id, partner_id) ON DELETE CASCADE,
    FOREIGN KEY (event_id, partner_id) REFERENCES events (event_id, partner_id) ON DELETE CASCADE,
    FOREIGN KEY (participant_id, partner_id) REFERENCES participants (participant_id, partner_id)
);
CREATE INDEX results_partner_idx ON results (partner_id);
CREATE INDEX results_race_idx ON results (race_id);
CREATE INDEX results_participant_idx ON results (participant_id);

DO $$
DECLARE
    tbl text;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['events', 'races', 'participants', 'results'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION p88_private.touch_updated_at()',
                       tbl || '_touch', tbl);
        PERFORM p88_private.wall(tbl);
    END LOOP;
END $$;

CREATE TRIGGER timing_partners_touch BEFORE UPDATE ON timing_partners
    FOR EACH ROW EXECUTE FUNCTION p88_private.touch_updated_at();
