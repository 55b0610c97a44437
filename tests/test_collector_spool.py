"""The spool: what was fsync'd survives a crash, a torn last line does not count, order is kept."""

import errno
import os

import pytest

from collector import spool as spool_module
from collector.spool import Spool, SpoolLocked, read_segment, remove_segments


def lines(*values: int) -> list[bytes]:
    return [f"J{{\"n\":{v}}}\n".encode() for v in values]


def test_lines_written_and_sealed_are_read_back_in_order(tmp_path):
    spool = Spool(tmp_path)
    spool.write(lines(1, 2))
    first = spool.seal()
    spool.write(lines(3))
    second = spool.seal()
    assert spool.sealed() == [first, second]
    assert b"".join(read_segment(p) for p in spool.sealed()) == b"".join(lines(1, 2, 3))


def test_a_segment_is_gone_only_once_removed_after_its_commit(tmp_path):
    spool = Spool(tmp_path)
    spool.write(lines(1))
    segment = spool.seal()
    assert spool.backlog() == 1
    remove_segments([segment])
    assert spool.backlog() == 0


def test_after_a_crash_the_open_segment_is_sealed_without_its_torn_last_line(tmp_path):
    crashed = Spool(tmp_path)
    crashed.write(lines(1, 2))
    os.write(crashed._fd, b'J{"n": 3, "tor')  # the process died in the middle of a write that was never fsync'd
    crashed._lock.close()  # and the operating system released its lock
    recovered = Spool(tmp_path)
    assert b"".join(read_segment(p) for p in recovered.sealed()) == b"".join(lines(1, 2))
    recovered.write(lines(4))
    newest = recovered.seal()
    assert newest == recovered.sealed()[-1]  # numbering continues after the recovered segment


def test_an_empty_open_segment_left_by_a_crash_disappears(tmp_path):
    (tmp_path / "open-000000000007.spool").write_bytes(b"")
    assert Spool(tmp_path).sealed() == []


# ---- from the third attack run ---------------------------------------------------------------------------
def test_a_second_owner_of_a_spool_is_refused_while_the_first_holds_it(tmp_path):
    first = Spool(tmp_path)
    first.write(lines(1))
    with pytest.raises(SpoolLocked, match=f"pid {os.getpid()}"):
        Spool(tmp_path)  # it would seal the first one's open segment under it
    assert first.backlog() == 1 and not first.sealed()
    first.close()
    assert Spool(tmp_path).sealed()  # free again once the first is gone


def test_a_failed_write_leaves_no_torn_line_and_the_same_lines_can_be_written_again(tmp_path, monkeypatch):
    spool = Spool(tmp_path)
    spool.write(lines(1))
    real = spool_module._append

    def disk_full(fd: int, data: bytes) -> None:
        real(fd, data[: len(data) // 2])  # part of the batch lands, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(spool_module, "_append", disk_full)
    with pytest.raises(OSError):
        spool.write(lines(2, 3))
    monkeypatch.setattr(spool_module, "_append", real)
    spool.write(lines(2, 3))  # the caller's retry
    spool.seal()
    assert b"".join(read_segment(p) for p in spool.sealed()) == b"".join(lines(1, 2, 3))
