"""The ChronoTrack collector: CTP01 over TCP, an fsync'd spool, batched COPY into PostgreSQL, a status API,
and a race simulator that speaks like ChronoTrack's SimpleClient."""
