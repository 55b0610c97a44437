"""CTP01 as the collector understands it: pure parsing and formatting, no sockets."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from collector import protocol
from collector.protocol import Greeting, MalformedLine, NewLocation, Ping, Read, Reply


def test_a_ct01_33_read_keeps_every_field_with_the_seventh_as_reader_id_and_the_raw_line():
    line = "CT01_33~1~finish~9478~14:02:15.31~0~0F2A38~1"
    read = protocol.parse_message(line)
    assert read == Read(location="finish", sequence=1, bib="9478", read_time=time(14, 2, 15, 310000),
                        read_timestamp=None, lap=0, reader_id="0F2A38", gator=1, is_gun_time=False, raw=line)


def test_a_guntime_bib_is_a_gun_start_for_its_location_not_a_runner():
    read = protocol.parse_message("CT01_33~1~start~guntime~07:00:00.00~0~0F2A38~1")
    assert read.is_gun_time and read.location == "start"


def test_a_newlocation_bib_announces_a_location():
    assert protocol.parse_message("CT01_33~7~halfway~newlocation~08:00:00.00~0~0F2A38~1") == NewLocation("halfway")


def test_iso_times_keep_the_full_timestamp():
    read = protocol.parse_message("CT01_33~2~finish~12~2024-04-15T14:02:15.310000~0~0F2A38~1")
    assert read.read_time == time(14, 2, 15, 310000)
    assert read.read_timestamp == datetime(2024, 4, 15, 14, 2, 15, 310000)


def test_a_ct01_13_line_maps_point_tag_occurrence_mac_and_antenna():
    read = protocol.parse_message("CT01_13~42~10k~058001A3~08:12:01.50~2~00:1A:2B:3C:4D:5E~3")
    assert (read.sequence, read.location, read.bib, read.lap, read.reader_id, read.gator) == (
        42, "10k", "058001A3", 2, "00:1A:2B:3C:4D:5E", 3)


def test_replies_and_pings_are_recognised():
    assert protocol.parse_message("ack~geteventinfo~Boston~777~Finish") == Reply(True, "geteventinfo", ("Boston", "777", "Finish"))
    assert protocol.parse_message("err~start~unknown location") == Reply(False, "start", ("unknown location",))
    assert protocol.parse_message("ack~ping") == Reply(True, "ping", ())
    assert protocol.parse_message("ping") == Ping()


@pytest.mark.parametrize("line, reason", [
    ("CT01_33~1~finish~9478~14:02:15.31~0~0F2A38", "needs 8 fields"),
    ("CT01_33~x~finish~9478~14:02:15.31~0~0F2A38~1", "sequence must be a non-negative integer"),
    ("CT01_33~-1~finish~9478~14:02:15.31~0~0F2A38~1", "sequence must be a non-negative integer"),
    ("CT01_33~1~~9478~14:02:15.31~0~0F2A38~1", "location is empty"),
    ("CT01_33~1~finish~9478~25:02:15.31~0~0F2A38~1", "time out of range"),
    ("CT01_33~1~finish~9478~teatime~0~0F2A38~1", "unreadable time"),
    ("CT01_33~1~finish~9478~2024-04-15~0~0F2A38~1", "unreadable time"),
    ("CT01_33~1~finish~9478~14:02:15.31~one~0F2A38~1", "lap must be"),
    ("CT01_33~1~finish~" + "9" * 100 + "~14:02:15.31~0~0F2A38~1", "bib is not a short printable value"),
    ("CT01_33~1~fin\x00ish~9478~14:02:15.31~0~0F2A38~1", "location is not a short printable value"),
    ("CT01_13~1~10k~tag~08:00:00~1~mac", "CT01_13 needs 8 fields"),
    ("hello world", "unknown message"),
    ("", "unknown message"),
])
def test_malformed_lines_are_refused_with_a_reason(line, reason):
    with pytest.raises(MalformedLine, match=reason):
        protocol.parse_message(line)


def test_the_greeting_names_the_client_and_its_version():
    assert protocol.parse_greeting("SimpleClient~1.2.3~CTP01") == Greeting("SimpleClient", "1.2.3", "SimpleClient~1.2.3~CTP01")


@pytest.mark.parametrize("line", ["CT01_33~1~finish~9478~14:02:15.31~0~0F2A38~1", "SimpleClient~1.2.3", "~1~CTP01", "GET / HTTP/1.1"])
def test_anything_but_a_ctp01_greeting_is_refused_as_first_line(line):
    with pytest.raises(MalformedLine, match="expected a greeting"):
        protocol.parse_greeting(line)


def test_the_server_greeting_announces_exactly_as_many_settings_lines_as_follow():
    header, *settings = protocol.server_greeting("Project88", "1.0")
    assert header == f"Project88~1.0~{len(settings)}"
    assert "location=multi" in settings and "guntimes=true" in settings and "newlocations=true" in settings


def test_start_resumes_a_location_from_a_sequence():
    assert protocol.start_command() == "start"
    assert protocol.start_command("finish", 42) == "start~finish~42"
    assert protocol.frame("ping") == b"ping\r\n"


def test_a_location_is_named_back_in_the_utf8_the_device_sent_not_with_question_marks():
    assert protocol.frame(protocol.start_command("Arrivée", 1)) == "start~Arrivée~1\r\n".encode()


def test_a_read_is_spooled_as_copy_text_and_its_route_can_be_read_back():
    from collector.records import RouteKey, STAGED_COLUMNS, read_line, spooled_read_key, split_segment

    read = protocol.parse_message("CT01_33~5~fin\\ish~9478~14:02:15.31~0~0F2A38~1")
    line = read_line(read, RouteKey(None, "777", "Hartford Marathon", "Finish line").copy_prefix("conn-1"),
                     "RFID@10.0.0.7", ZoneInfo("UTC"))
    reads, others = split_segment(line + b'J{"type":"location"}\n')
    assert others == [{"type": "location"}]
    fields = reads[0].rstrip(b"\n").split(b"\t")
    assert len(fields) == len(STAGED_COLUMNS)
    assert fields[5] == b"fin\\\\ish" and fields[9] == b"14:02:15.310000"  # backslashes escaped for COPY
    assert spooled_read_key(reads[0]) == (
        (None, "777", "Hartford Marathon", "Finish line"), "RFID@10.0.0.7", "fin\\ish")


def test_a_line_spooled_before_devices_existed_still_loads_as_the_legacy_device():
    from collector.records import STAGED_COLUMNS, split_segment

    legacy = "\t".join(["0", "777", "Hartford", "Finish", "conn-1", "finish", "5", "9478", "0F2A38",
                        "14:02:15.31", "2026-11-30 14:02:15.31+00", "0", "1", "f", "raw", "2026-11-30 14:02:16+00"])
    reads, _ = split_segment(b"R\t" + legacy.encode() + b"\n")
    fields = reads[0].rstrip(b"\n").split(b"\t")
    assert len(fields) == len(STAGED_COLUMNS) and fields[-1] == b""
