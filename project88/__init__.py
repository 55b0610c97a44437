"""Project88: the shared core (settings and the `p88` command) of the race-timing data platform."""
