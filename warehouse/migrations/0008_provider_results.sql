-- Provider results published into the archive (`p88 providers publish`): which archive participant and result
-- each normalized result became, so publishing again updates those rows instead of adding new ones.
ALTER TABLE normalized_results ADD COLUMN archive_participant_id bigint, ADD COLUMN archive_result_id bigint;
CREATE SEQUENCE provider_archive_ids START 1000000000000;
GRANT USAGE ON SEQUENCE provider_archive_ids TO p88_app;
