-- Race setup per controller event (issue 13): the mats, hand-set guns (wave starts) and ranking that
-- collector.scoring's RaceSetup takes, stored with the event's binding so every scorer of the event — the
-- live display hub, the results API and page, `p88 results` — scores it alike. NULL: the plain-race default.
-- Set by `p88 collector bind` (or `p88 results --save`); behind collector_bindings' wall (0005).
ALTER TABLE collector_bindings ADD COLUMN start_location text;
ALTER TABLE collector_bindings ADD COLUMN finish_location text;
ALTER TABLE collector_bindings ADD COLUMN guns jsonb NOT NULL DEFAULT '{}'      -- race → ISO instant of its gun
    CHECK (jsonb_typeof(guns) = 'object');
ALTER TABLE collector_bindings ADD COLUMN rank_by text CHECK (rank_by IN ('chip', 'gun'));
