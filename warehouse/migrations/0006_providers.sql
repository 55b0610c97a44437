-- Registration and scoring providers (RunSignUp, Race Roster, ChronoTrack Live, CSV/Excel): what each timing
-- company's providers say about its events, rosters and results, normalized, plus the link to the archive's
-- events and a record of every sync. Every table is walled by partner_id like the rest.

CREATE TABLE provider_credentials (
    partner_id integer NOT NULL REFERENCES timing_partners,
    provider   text NOT NULL,
    base_url   text,                               -- NULL: the provider's public API
    secrets    jsonb NOT NULL,                     -- never logged; `p88 providers list` shows them masked
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (partner_id, provider)
);
SELECT p88_private.wall('provider_credentials');

CREATE TABLE normalized_events (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id           integer NOT NULL REFERENCES timing_partners,
    provider             text NOT NULL,
    provider_event_id    text NOT NULL,
    event_name           text NOT NULL,
    event_date           date,
    city                 text,
    state                text,
    provider_modified_at timestamptz,
    normalized_data      jsonb NOT NULL DEFAULT '{}',
    synced_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (partner_id, provider, provider_event_id),
    UNIQUE (id, partner_id)
);
SELECT p88_private.wall('normalized_events');

CREATE TABLE normalized_participants (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id              integer NOT NULL,
    normalized_event_id     bigint NOT NULL,
    provider_participant_id text NOT NULL,
    bib                     text,
    first_name              text NOT NULL,
    last_name               text NOT NULL,
    sex                     char(1) CHECK (sex IN ('M', 'F', 'X')),
    birth_date              date,
    age                     integer CHECK (age BETWEEN 1 AND 120),
    city                    text,
    state                   text,
    email                   text,
    race_name               text,
    provider_modified_at    timestamptz,
    synced_at               timestamptz NOT NULL DEFAULT now(),
    UNIQUE (normalized_event_id, provider_participant_id),
    FOREIGN KEY (normalized_event_id, partner_id) REFERENCES normalized_events (id, partner_id) ON DELETE CASCADE
);
CREATE INDEX normalized_participants_bib_idx ON normalized_participants (normalized_event_id, bib);
SELECT p88_private.wall('normalized_participants');

CREATE TABLE normalized_results (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id          integer NOT NULL,
    normalized_event_id bigint NOT NULL,
    provider_result_id  text NOT NULL,
    bib                 text,
    first_name          text,
    last_name           text,
    sex                 char(1) CHECK (sex IN ('M', 'F', 'X')),
    age                 integer,
    race_name           text,
    status              varchar(3) NOT NULL CHECK (status IN ('FIN', 'DNF', 'DNS', 'DQ')),
    chip_time_s         double precision,
    gun_time_s          double precision,
    overall_place       integer,
    synced_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (normalized_event_id, provider_result_id),
    FOREIGN KEY (normalized_event_id, partner_id) REFERENCES normalized_events (id, partner_id) ON DELETE CASCADE
);
SELECT p88_private.wall('normalized_results');

-- One archive event per provider event: made on the first roster sync, so displays can use the roster.
CREATE TABLE provider_mappings (
    normalized_event_id bigint PRIMARY KEY,
    partner_id          integer NOT NULL,
    event_id            bigint NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id),
    FOREIGN KEY (normalized_event_id, partner_id) REFERENCES normalized_events (id, partner_id) ON DELETE CASCADE,
    FOREIGN KEY (event_id, partner_id) REFERENCES events (event_id, partner_id) ON DELETE CASCADE
);
SELECT p88_private.wall('provider_mappings');

CREATE TABLE sync_history (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id        integer NOT NULL REFERENCES timing_partners,
    provider          text NOT NULL,
    provider_event_id text,
    kind              text NOT NULL CHECK (kind IN ('events', 'participants', 'results')),
    status            text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'failed')),
    started_at        timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    inserted          integer NOT NULL DEFAULT 0,
    updated           integer NOT NULL DEFAULT 0,
    unchanged         integer NOT NULL DEFAULT 0,
    error             text
);
CREATE INDEX sync_history_partner_idx ON sync_history (partner_id, started_at DESC);
SELECT p88_private.wall('sync_history');

-- Archive events created from a provider take ids far above the generator's.
CREATE SEQUENCE provider_event_ids START 1000000000000;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO p88_app;
