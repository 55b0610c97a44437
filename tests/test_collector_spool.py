"""The spool: what was fsync'd survives a crash, a torn last line does not count, order is kept."""

from collector.spool import Spool, read_segment, remove_segments


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
    crashed._file.write(b'J{"n": 3, "tor')  # the process died in the middle of a write that was never fsync'd
    crashed._file.flush()
    recovered = Spool(tmp_path)
    assert b"".join(read_segment(p) for p in recovered.sealed()) == b"".join(lines(1, 2))
    recovered.write(lines(4))
    newest = recovered.seal()
    assert newest == recovered.sealed()[-1]  # numbering continues after the recovered segment


def test_an_empty_open_segment_left_by_a_crash_disappears(tmp_path):
    (tmp_path / "open-000000000007.spool").write_bytes(b"")
    assert Spool(tmp_path).sealed() == []
