-- Displays: the archive event whose roster (bib -> name, age, city, places) a display session uses.
-- NULL means no roster: the display shows bib and time only, never invented data.

ALTER TABLE display_sessions ADD COLUMN event_id bigint;
ALTER TABLE display_sessions ADD CONSTRAINT display_sessions_event_fkey
    FOREIGN KEY (event_id, partner_id) REFERENCES events (event_id, partner_id);

-- A display's result lookup reads one event's results by bib.
CREATE INDEX results_event_bib_idx ON results (event_id, bib);
