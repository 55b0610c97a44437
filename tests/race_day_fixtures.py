"""A race day for the live-results tests: a CSV roster imported for company 1 and bound to controller event 555,
and a race's reads sent over TCP by a controller; ``count_reads`` counts them, ``WAVE_GUNS`` is what the 5K
scores once its gun is set by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

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
    # the gun two hours before now: a time of day is dated by when it arrives (collector/instants.py), so a race
    # clocked at fixed times would straddle two dates when the suite runs during it
    gun = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=2)
    at = lambda after: (gun + timedelta(seconds=after)).strftime("%H:%M:%S.00")  # noqa: E731
    with BackgroundCollector(replace(config, time_zone="UTC")) as collector:
        peer = Peer(collector.port)
        peer.handshake(event_id="555", locations=("start", "finish"))
        lines = [
            f"CT01_33~1~start~guntime~{at(0)}~0~0F2A38~1",
            f"CT01_33~2~start~301~{at(12)}~0~0F2A38~1", f"CT01_33~3~start~302~{at(5)}~0~0F2A38~1",
            f"CT01_33~4~start~303~{at(90)}~0~0F2A38~1",
            f"CT01_33~5~finish~302~{at(1265)}~0~0F2A38~1",   # chip 21:00.0, gun 21:05.0
            f"CT01_33~6~finish~301~{at(1332)}~0~0F2A38~1",   # chip 22:00.0
            f"CT01_33~7~finish~302~{at(1267)}~0~0F2A38~1",   # a repeat read of 302
            f"CT01_33~8~finish~303~{at(1350)}~0~0F2A38~1",   # chip 21:00.0: ties 302, beats 301 on chip time
            f"CT01_33~9~finish~999~{at(1380)}~0~0F2A38~1",   # on no roster
            f"CT01_33~10~finish~401~{at(300)}~0~0F2A38~1",   # 10K in 5 minutes: implausible
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
