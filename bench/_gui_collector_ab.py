"""Alternated runs of `bench_gui.py stall-dashboard` under each collector policy.

`python bench/_gui_collector_ab.py ROUNDS POLICY...` (a policy may carry flags of bench_gui.py
after colons: `none:--no-badges`) runs, ROUNDS times, one process per
policy in turn (A/B/A/B: the same host's load falls on each alike) and prints one JSON line
per run (the longest gaps without, with and after the dashboard, the bare window's, the load
average before and after) and a table row per policy: each run's figures and medians.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).with_name("bench_gui.py")
KEYS = ("without", "dashboard", "without_after", "bare")


def one_run(policy: str) -> dict[str, object]:
    """One process; POLICY may carry bench_gui.py flags after colons: `none:--no-badges`."""
    name, *flags = policy.split(":")
    load = os.getloadavg()[0]
    done = subprocess.run(
        [sys.executable, str(BENCH), "stall-dashboard", "--collector", name, *flags],
        capture_output=True, text=True, timeout=900, check=True,
    )  # fmt: skip
    figures = json.loads(next(x for x in done.stdout.splitlines() if x.startswith("{")))
    row: dict[str, object] = {"policy": policy, "load_before": round(load, 2),
                              "load_after": round(os.getloadavg()[0], 2)}  # fmt: skip
    for key in KEYS:
        row[key] = figures[key]["longest_gap_ms"]
        row[key + "_p99"] = figures[key]["p99_gap_ms"]
    row["gc_full"] = [figures[k].get("gc_full") for k in KEYS]
    row["gc_full_max_ms"] = [figures[k].get("gc_full_max_ms") for k in KEYS]
    row["gc_young"] = [figures[k].get("gc_young") for k in KEYS]
    row["badge_pdfs"] = figures["dashboard"]["badge_pdfs"]
    row["refreshes"] = figures["dashboard"]["dashboard_refreshes"]
    row["checkins"] = figures["dashboard"]["checkins_shown"]
    row["ratio"] = figures["ratio_longest_gap"]
    row["leaks_at_exit"] = "nanobind: leaked" in done.stderr
    return row


def main() -> None:
    rounds, policies = int(sys.argv[1]), sys.argv[2:]
    rows: list[dict[str, object]] = []
    for _ in range(rounds):
        for policy in policies:
            rows.append(one_run(policy))
            print(json.dumps(rows[-1]), flush=True)
    for policy in policies:
        mine = [r for r in rows if r["policy"] == policy]
        for key in KEYS:
            values = [float(r[key]) for r in mine]  # type: ignore[arg-type]
            print(f"{policy:10} {key:14} {' / '.join(f'{v:.1f}' for v in values)} ms, "
                  f"median {statistics.median(values):.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
