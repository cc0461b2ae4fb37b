"""Who had the host's CPUs during the GUI thread's longest gaps (perf, every CPU).

Record a traced run with CPU samples of the whole host (root; CLOCK_MONOTONIC so the times
match `time.perf_counter()`; 1 kHz per CPU, so each sample is about 1 ms of one CPU):

    perf record -a -k CLOCK_MONOTONIC -g -F 1000 -e cpu-clock -o P.data \
        -- python bench/_gui_gc_trace.py none > T.txt
    perf script -i P.data -F comm,pid,tid,time,event,ip,sym,dso --ns > P.txt
    python bench/_gui_perf_gaps.py P.txt T.txt

For each gap the trace printed (its `{"gui_tid": ..., "gaps": ...}` lines): the ms of CPU the
GUI thread had (and the frames it was in), the desk process's other threads (Python's by
name), and other processes (the dashboard's reading process among them, by command name).
A gap where the GUI thread had a few ms of the 2 x gap ms of CPU waited for a CPU or for
Python's interpreter lock; one where it had most of it was busy itself.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from dataclasses import dataclass, field

HEAD = re.compile(r"^\s*(.+?)\s+(\d+)/(\d+)\s+(\d+\.\d+):\s+(\S+):")


@dataclass
class Sample:
    comm: str
    pid: int
    tid: int
    at: float
    frames: list[str] = field(default_factory=list)


def read_samples(path: str) -> list[Sample]:
    samples: list[Sample] = []
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            head = HEAD.match(line)
            if head and head[5] == "cpu-clock":
                samples.append(Sample(head[1], int(head[2]), int(head[3]), float(head[4])))
            elif head:
                samples.append(Sample("", -1, -1, float(head[4])))  # another event: skipped
            elif line.strip() and samples:
                parts = line.split(maxsplit=1)
                samples[-1].frames.append(parts[1].strip() if len(parts) > 1 else parts[0])
    return [s for s in samples if s.pid >= 0]


def user_frames(frames: list[str], count: int = 3) -> str:
    """The first frames that are not the kernel's: what the thread was in."""
    shown = [f.split(" (")[0] for f in frames if "kernel" not in f and "[unknown]" not in f]
    return " < ".join(shown[:count]) or "?"


def one_gap(samples: list[Sample], gui: int, names: dict[str, str], start: float,
            end: float) -> str:  # fmt: skip
    mine: collections.Counter[str] = collections.Counter()
    ours: collections.Counter[str] = collections.Counter()
    others: collections.Counter[str] = collections.Counter()
    for sample in samples:
        if not start <= sample.at <= end:
            continue
        if sample.tid == gui:
            mine[user_frames(sample.frames)] += 1
        elif sample.pid == gui:
            ours[names.get(str(sample.tid), sample.comm)] += 1
        else:
            others["idle" if sample.pid == 0 else sample.comm] += 1
    return (f"GUI thread {sum(mine.values())} ms {dict(mine.most_common(2))}; the desk's other "
            f"threads {sum(ours.values())} ms {dict(ours.most_common(4))}; other processes "
            f"{sum(others.values())} ms {dict(others.most_common(4))}")  # fmt: skip


def main() -> None:
    samples = read_samples(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as trace:
        for line in trace:
            if line.startswith("=="):
                print(line.strip())
            if line.startswith('{"gui_tid"'):
                found = json.loads(line)
                gui, names = found["gui_tid"], found["threads"]
                for start, end, gap in reversed(found["gaps"]):
                    print(f"  gap {gap} ms: {one_gap(samples, gui, names, start, end)}")


if __name__ == "__main__":
    main()
