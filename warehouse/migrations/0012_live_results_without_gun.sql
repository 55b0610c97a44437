-- Live results without a gun (collector.scoring): with start and finish mats but no gun read and none set,
-- chip times are still scored and gun time is unknown.
ALTER TABLE live_results ALTER COLUMN gun_time_s DROP NOT NULL;
