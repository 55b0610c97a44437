"""A race day for the live-results tests: a CSV roster imported for company 1 and bound to controller event 555,
and a race's reads sent over TCP by a controller; ``count_reads`` counts them, ``WAVE_GUNS`` is what the 5K
scores once its gun is set by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from collector.background import BackgroundCollector
from collector.sessions import bind_event, bind_roster
from providers.csv_import import import_roster
from warehouse.database import connect, tenant_connection

from collector_fixtures import Peer, wait_for

ROSTER = "Bib,First Name,Last Name,Gender,Age,Race\r\n301,Ana,Diaz,F,34,5K\r\n302,Ben,Cole,M,41,5K\r\n" \
         "303,Cara,Wu,F,29,5K\r\n401,Dan,Ito,M,50,10K\r\n"


@pytest.fixture
def race_day(two_companies, db_url, tmp_path, config):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER)
    _, report = import_roster(1, db_url, path, "Thanksgiving 5K and 10K", date(2026, 11, 26))
    with connect(db_url, autocommit=True) as owner:
        bind_event(owner, 1, "555", "UTC")
        bind_roster(owner, 1, "555", report.event_id)
    with BackgroundCollector(replace(config, time_zone="UTC")) as collector:
        peer = Peer(collector.port)
        peer.handshake(event_id="555", locations=("start", "finish"))
        lines = [
            "CT01_33~1~start~guntime~08:00:00.00~0~0F2A38~1",
            "CT01_33~2~start~301~08:00:12.00~0~0F2A38~1", "CT01_33~3~start~302~08:00:05.00~0~0F2A38~1",
            "CT01_33~4~start~303~08:01:30.00~0~0F2A38~1",
            "CT01_33~5~finish~302~08:21:05.00~0~0F2A38~1",   # chip 21:00.0, gun 21:05.0
            "CT01_33~6~finish~301~08:22:12.00~0~0F2A38~1",   # chip 22:00.0
            "CT01_33~7~finish~302~08:21:07.00~0~0F2A38~1",   # a repeat read of 302
            "CT01_33~8~finish~303~08:22:30.00~0~0F2A38~1",   # chip 21:00.0: ties 302, beats 301 on chip time
            "CT01_33~9~finish~999~08:23:00.00~0~0F2A38~1",   # on no roster
            "CT01_33~10~finish~401~08:05:00.00~0~0F2A38~1",  # 10K in 5 minutes: implausible
        ]
        peer.send(*lines)
        wait_for(lambda: count_reads(db_url) == len(lines), what="the race's reads")
        peer.close()
    return report.event_id


def count_reads(db_url) -> int:
    with tenant_connection(1, db_url) as conn:
        return conn.execute("""SELECT count(*) FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
                               WHERE s.event_id = '555'""").fetchone()[0]


WAVE_GUNS = {"302": 1325.0, "303": 1410.0, "301": 1392.0}   # the 5K's gun set by hand a minute before the read one
