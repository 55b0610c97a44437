"""Registration and scoring providers: events, rosters and results from RunSignUp, Race Roster, ChronoTrack
Live and CSV/Excel files, normalized into PostgreSQL for the company that owns them."""
