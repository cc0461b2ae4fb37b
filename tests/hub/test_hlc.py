"""The hybrid logical clock: properties that must hold for any clocks and any message order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.domain.hlc import (
    MAX_COUNTER,
    HlcError,
    HybridClock,
    Timestamp,
    receive,
    skew_ms,
    tick,
)

walls = st.integers(min_value=0, max_value=10**13)
nodes = st.text(min_size=1, max_size=12)
stamps = st.builds(Timestamp, walls, st.integers(0, 1000), nodes)


@given(st.lists(walls, min_size=1, max_size=50), nodes)
def test_ticks_only_move_forward_and_never_behind_the_physical_clock(physical, node):
    last = None
    for now in physical:
        stamp = tick(last, now, node)
        assert last is None or stamp > last
        assert stamp.wall >= now
        last = stamp


@given(st.one_of(st.none(), stamps), stamps, walls, nodes)
def test_a_received_reading_comes_before_the_next_local_one(last, remote, now, node):
    got = receive(last, remote, now, node)
    assert (got.wall, got.counter) > (remote.wall, remote.counter)
    assert last is None or (got.wall, got.counter) > (last.wall, last.counter)
    assert got.wall == max(now, remote.wall, last.wall if last else 0)


@given(st.one_of(st.none(), stamps), stamps, walls)
def test_the_counter_stays_small(last, remote, now):
    got = receive(last, remote, now, "n")
    bound = max(remote.counter, last.counter if last else 0) + 1
    assert got.counter <= bound


@given(stamps, stamps)
def test_the_text_form_sorts_as_the_readings_do(a, b):
    assert Timestamp.parse(a.encode()) == a
    assert (a.encode() < b.encode()) == (a < b)


@given(st.lists(st.tuples(st.sampled_from("ab"), walls), min_size=2, max_size=40))
def test_causality_survives_any_clock_skew(steps):
    """Two desks exchange every reading: each new reading beats all it has seen."""
    clocks = {"a": HybridClock("a", lambda: 0), "b": HybridClock("b", lambda: 0)}
    seen = []
    for who, physical in steps:
        clock = clocks[who]
        clock._physical_ms = lambda physical=physical: physical
        for earlier in seen:
            clock.observe(earlier)
        stamp = clock.now()
        assert all(stamp > earlier for earlier in seen)
        seen.append(stamp)


def test_a_desk_a_day_behind_wins_once_it_has_seen_the_fast_desks_edit():
    day = 86_400_000
    fast_edit = tick(None, 10 * day, "fast")
    slow = HybridClock("slow", lambda: 9 * day)
    slow.observe(fast_edit)
    assert slow.now() > fast_edit
    assert skew_ms(fast_edit, 9 * day) == day


def test_bad_text_and_overflow_are_named():
    with pytest.raises(HlcError, match="not a clock reading"):
        Timestamp.parse("2026-06-01T08:00:00Z")
    with pytest.raises(HlcError, match="digits"):
        Timestamp.parse("00000000000000x-000000-n")
    with pytest.raises(HlcError, match="counter"):
        tick(Timestamp(5, MAX_COUNTER, "n"), 5, "n")
    with pytest.raises(HlcError, match="wall time"):
        Timestamp(-1, 0, "n")
