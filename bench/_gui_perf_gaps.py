"""What the GUI thread did in its longest gaps, from the kernel's side (perf).

Record a traced run with CPU samples and the scheduler's switches (root, CLOCK_MONOTONIC so
the times match `time.perf_counter()`):

    perf record -k CLOCK_MONOTONIC -g -F 1000 -e cpu-clock -e sched:sched_switch -o P.data \
        -- python bench/_gui_gc_trace.py none > T.txt
    perf script -i P.data -F comm,tid,time,event,ip,sym,dso,trace --ns > P.txt
    python bench/_gui_perf_gaps.py P.txt T.txt

For each gap the trace printed (its `{"gui_tid": ..., "gaps": ...}` lines): the GUI thread's
time on a CPU (1 ms samples, with the frames they were in), asleep (and in what: a wait for
Python's interpreter lock is `take_gil`), and runnable but preempted (and by whom).
"""

from __future__ import annotations

import collections
import json
import re
import sys
from dataclasses import dataclass, field

HEAD = re.compile(r"^\s*(.+?)\s+(\d+)\s+(\d+\.\d+):\s+(\S+):\s*(.*)$")
SWITCH = re.compile(r"prev_pid=(\d+) .*prev_state=(\S+) ==> next_comm=(.+?) next_pid=(\d+)")
WAITS = ("take_gil", "PyThread_acquire_lock", "pthread_cond", "futex", "poll", "QMutex")


@dataclass
class Event:
    tid: int
    at: float
    kind: str
    trace: str
    frames: list[str] = field(default_factory=list)


def read_events(path: str) -> list[Event]:
    events: list[Event] = []
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            head = HEAD.match(line)
            if head:
                events.append(Event(int(head[2]), float(head[3]), head[4], head[5]))
            elif line.strip() and events:
                parts = line.split(maxsplit=1)
                events[-1].frames.append(parts[1].strip() if len(parts) > 1 else parts[0])
    return events


def user_frames(frames: list[str], count: int = 4) -> str:
    """The first frames that are not the kernel's: what the thread was in."""
    shown = [f.split(" (")[0] for f in frames if "kernel" not in f and "[unknown]" not in f]
    return " < ".join(shown[:count]) or "?"


def wait_of(frames: list[str]) -> str:
    for frame in frames:
        for wait in WAITS:
            if wait in frame:
                return wait
    return user_frames(frames, 2)


def one_gap(events: list[Event], tid: int, start: float, end: float) -> str:
    on_cpu: collections.Counter[str] = collections.Counter()
    asleep: dict[str, float] = collections.defaultdict(float)
    preempted: dict[str, float] = collections.defaultdict(float)
    out_at: float | None = None
    out_state, out_frames, by = "", list[str](), ""
    for event in events:
        if event.at < start - 0.05 or event.at > end:
            continue
        if event.kind == "cpu-clock" and event.tid == tid and event.at >= start:
            on_cpu[user_frames(event.frames, 3)] += 1
        elif event.kind == "sched:sched_switch":
            switch = SWITCH.search(event.trace)
            if not switch:
                continue
            if int(switch[1]) == tid:
                out_at, out_state, out_frames, by = event.at, switch[2], event.frames, switch[3]
            elif int(switch[4]) == tid and out_at is not None:
                span = (event.at - max(out_at, start)) * 1000
                if span > 0:
                    if out_state.startswith("R"):
                        preempted[by] += span
                    else:
                        asleep[wait_of(out_frames)] += span
                out_at = None
    cpu = sum(on_cpu.values())
    return (f"on CPU {cpu} ms {dict(on_cpu.most_common(3))}; asleep "
            f"{sum(asleep.values()):.1f} ms {({k: round(v, 1) for k, v in asleep.items()})}; "
            f"preempted {sum(preempted.values()):.1f} ms "
            f"{({k: round(v, 1) for k, v in preempted.items()})}")  # fmt: skip


def main() -> None:
    events = read_events(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as trace:
        for line in trace:
            if line.startswith("=="):
                print(line.strip())
            if line.startswith('{"gui_tid"'):
                found = json.loads(line)
                for start, end, gap in reversed(found["gaps"]):
                    print(f"  gap {gap} ms: {one_gap(events, found['gui_tid'], start, end)}")


if __name__ == "__main__":
    main()
