-- Devices and instants (issue 14).
--
-- Sequence numbers belong to a device, not to a timing point: an RFID box, a finish camera, a spare that
-- replaces a failed box or a second mat on a wide finish each number their own reads from 1 at the same
-- location. A read is therefore the same read only when its device, location, sequence number, bib and
-- clock time all match: a retransmission is ignored, while another device's read 1 (or a device that
-- restarted its numbering) is kept. `device` is '<greeting client name>@<address>' as the collector saw it;
-- reads stored before this migration keep '' (one legacy device per session).
ALTER TABLE timing_reads ADD COLUMN device text NOT NULL DEFAULT '';
ALTER TABLE timing_reads_archive ADD COLUMN device text NOT NULL DEFAULT '';
ALTER TABLE unassigned_reads ADD COLUMN device text NOT NULL DEFAULT '';

ALTER TABLE timing_reads DROP CONSTRAINT timing_reads_session_id_location_name_sequence_number_key;
ALTER TABLE timing_reads_archive DROP CONSTRAINT timing_reads_archive_session_id_location_name_sequence_numb_key;
ALTER TABLE unassigned_reads DROP CONSTRAINT unassigned_reads_event_id_timing_point_location_name_sequen_key;
CREATE UNIQUE INDEX timing_reads_read_key
    ON timing_reads (session_id, location_name, device, sequence_number, bib, read_time);
CREATE UNIQUE INDEX timing_reads_archive_read_key
    ON timing_reads_archive (session_id, location_name, device, sequence_number, bib, read_time);
CREATE UNIQUE INDEX unassigned_reads_read_key
    ON unassigned_reads (event_id, timing_point, location_name, device, sequence_number, bib, read_time);
-- Displays and scoring see one stream per location: a tag read again there within seconds is a repeat.
CREATE INDEX timing_reads_crossing_idx ON timing_reads (session_id, location_name, bib, read_timestamp);

-- Each timing session has a time zone (IANA name): a clock-only read takes the date that puts it nearest
-- to, and not after, the moment it was received in that zone. NULL = the collector's zone (P88_TIME_ZONE).
-- `p88 collector bind --time-zone` sets it on the binding; sessions of the event take it when created.
ALTER TABLE timing_sessions ADD COLUMN time_zone text;
ALTER TABLE collector_bindings ADD COLUMN time_zone text;

-- A read PostgreSQL refuses is quarantined alone, with the spooled row that can load it again once the
-- cause is fixed (`p88 collector rejected --reload`).
ALTER TABLE quarantined_lines ADD COLUMN spool_row bytea;
