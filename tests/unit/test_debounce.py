"""Debouncing: once while in view (through missed frames), again after leaving."""

from checkin.scan.debounce import Debouncer


def test_fires_once_while_in_view_despite_missed_frames():
    debouncer = Debouncer(absent_after=0.5)
    fired = []
    for frame in range(60):
        seen = [] if frame in (10, 11, 30) else ["A"]
        fired += debouncer.feed(seen, frame / 30)
    assert fired == ["A"]


def test_fires_again_after_leaving_and_coming_back():
    debouncer = Debouncer(absent_after=0.5)
    assert debouncer.feed(["A"], 0.0) == ["A"]
    assert debouncer.feed([], 0.3) == []
    assert debouncer.feed(["A"], 1.2) == ["A"]


def test_two_codes_fire_independently():
    debouncer = Debouncer(absent_after=0.5)
    assert debouncer.feed(["A", "B"], 0.0) == ["A", "B"]
    assert debouncer.feed(["A", "B", "B"], 0.1) == []
    assert debouncer.feed(["C", "A"], 0.2) == ["C"]


def test_memory_stays_small():
    debouncer = Debouncer(absent_after=0.1)
    for index in range(1000):
        debouncer.feed([f"code{index}"], index * 1.0)
    assert len(debouncer._last_seen) <= 65
