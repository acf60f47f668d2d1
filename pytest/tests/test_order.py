"""Parallel runs start the longest probes first, one on each worker (ipcprobe/order.py)."""
from types import SimpleNamespace

from ipcprobe import order


def _items(n):
    return [SimpleNamespace(probe_id=f"m/p{i:02d}") for i in range(n)]


def test_the_longest_start_the_first_run_of_each_worker():
    items = _items(40)
    durations = {"m/p39": 1.1, "m/p30": 1.0, "m/p05": 0.2}
    order.longest_first(items, durations, workers=2)
    run = max(40 // 2 // 4, 2)  # what xdist's load scheduler hands each worker first
    assert items[0].probe_id == "m/p39" and items[run].probe_id == "m/p30"
    assert sorted(i.probe_id for i in items) == [f"m/p{i:02d}" for i in range(40)]
    untimed = [i.probe_id for i in items if i.probe_id not in durations]
    assert untimed == sorted(untimed)  # the others keep their order


def test_serial_or_untimed_runs_keep_an_order_that_loses_nothing(tmp_path):
    items = _items(5)
    order.longest_first(items, {"m/p03": 0.5})
    assert [i.probe_id for i in items] == ["m/p03", "m/p00", "m/p01", "m/p02", "m/p04"]
    assert order.load(tmp_path) == {}
    order.save(tmp_path, [{"id": "m/p01", "duration_s": 0.25}, {"id": "m/p02", "duration_s": 0}])
    order.save(tmp_path, [{"id": "m/p03", "duration_s": 0.5}])
    assert order.load(tmp_path) == {"m/p01": 0.25, "m/p03": 0.5}
    (tmp_path / order.FILE).write_text("[not a mapping")
    assert order.load(tmp_path) == {}
