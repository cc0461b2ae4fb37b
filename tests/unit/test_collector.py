"""The desk's policy for the cycle collector: full collections when idle, never past the cap."""

from __future__ import annotations

import gc

import pytest

from checkin.ui.collector import Collector


class FakeGc:
    """Records what the policy asks of the collector; `made` is the generation-0 count."""

    def __init__(self) -> None:
        self.enabled, self.frozen, self.made = True, False, 0
        self.runs: list[int] = []

    def collect(self, generation: int = 2) -> int:
        self.runs.append(generation)
        self.made = 0
        return 0

    def disable(self) -> None:
        self.enabled = False

    def enable(self) -> None:
        self.enabled = True

    def isenabled(self) -> bool:
        return self.enabled

    def freeze(self) -> None:
        self.frozen = True

    def unfreeze(self) -> None:
        self.frozen = False

    def get_count(self) -> tuple[int, int, int]:
        return (self.made, 0, 0)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def started() -> tuple[Collector, FakeGc, Clock]:
    fake, clock = FakeGc(), Clock()
    collector = Collector(idle_s=3.0, cap_s=60.0, young=2000, clock=clock, collector=fake)
    collector.start()
    fake.runs.clear()
    return collector, fake, clock


def run_busy(collector: Collector, fake: FakeGc, clock: Clock, seconds: float) -> list[int]:
    """A scan every half second, 3,000 objects made between ticks of 0.25 s."""
    done: list[int] = []
    for step in range(int(seconds / 0.25)):
        clock.now += 0.25
        fake.made += 3000
        if step % 2 == 0:
            collector.busy()
        generation = collector.tick()
        if generation is not None:
            done.append(generation)
    return done


def test_start_collects_freezes_and_takes_over() -> None:
    fake = FakeGc()
    collector = Collector(clock=Clock(), collector=fake)
    collector.start()
    assert fake.runs == [2] and fake.frozen and not fake.enabled


def test_stop_gives_the_collector_back_unfrozen() -> None:
    fake = FakeGc()
    collector = Collector(clock=Clock(), collector=fake)
    collector.start()
    collector.stop()
    assert fake.enabled and not fake.frozen and collector.tick() is None


def test_busy_desk_collects_only_young_generations_until_the_cap(
    started: tuple[Collector, FakeGc, Clock],
) -> None:
    collector, fake, clock = started
    done = run_busy(collector, fake, clock, 59.0)
    assert 2 not in done
    assert done.count(0) > 100 and 1 in done  # every tick: 3,000 made > young 2,000


def test_full_collection_never_waits_past_the_cap(started: tuple[Collector, FakeGc, Clock]) -> None:
    collector, fake, clock = started
    done = run_busy(collector, fake, clock, 300.0)
    assert done.count(2) == 5  # busy for 5 minutes with a cap of one: 5 full collections
    gaps, last = [], 0.0
    clock.now, fake.runs = 1000.0, []
    collector = Collector(idle_s=3.0, cap_s=60.0, clock=clock, collector=fake)
    collector.start()
    for step in range(1, 1201):
        clock.now = 1000.0 + step * 0.25
        collector.busy()
        if collector.tick() == 2:
            gaps.append(clock.now - last if last else clock.now - 1000.0)
            last = clock.now
    assert gaps and max(gaps) <= 60.0 + 0.25


def test_idle_desk_gets_one_full_collection(started: tuple[Collector, FakeGc, Clock]) -> None:
    collector, fake, clock = started
    run_busy(collector, fake, clock, 10.0)
    collector.busy()  # the last scan
    fake.runs.clear()
    for _ in range(11):  # 2.75 s without a scan: not yet idle
        clock.now += 0.25
        collector.tick()
    assert 2 not in fake.runs
    clock.now += 0.25
    assert collector.tick() == 2  # 3 s since the last scan
    for _ in range(20):  # still idle: once per quiet spell, not every tick
        clock.now += 0.25
        collector.tick()
    assert fake.runs.count(2) == 1


def test_few_objects_made_no_young_collection(started: tuple[Collector, FakeGc, Clock]) -> None:
    collector, fake, clock = started
    clock.now += 0.25
    collector.busy()
    fake.made = 1999
    assert collector.tick() is None and fake.runs == []


def test_a_worker_turning_automatic_collection_back_on_is_undone(
    started: tuple[Collector, FakeGc, Clock],
) -> None:
    collector, fake, _ = started
    fake.enable()  # collector_paused() in a worker ended after the desk took over
    collector.tick()
    assert not fake.enabled


def test_the_real_collector_is_given_back() -> None:
    was_enabled, threshold = gc.isenabled(), gc.get_threshold()
    collector = Collector()
    collector.start()
    try:
        assert not gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled and gc.get_freeze_count() == 0
    assert gc.get_threshold() == threshold
