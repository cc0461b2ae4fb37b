"""Import of a 100,000-row CSV, side by side with `sqlite-utils insert --csv` on the same file.

Both run as fresh processes on the same file, so each pays its own start-up; the figure that
matters is the ratio (target: at most 2x). Prints a JSON line and a Markdown row.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from checkin.demo import demo_registrations

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
BIN = Path(sys.executable).parent


def write_csv(path: Path) -> None:
    people = demo_registrations(ROWS, seed=11)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            [
                "Billettnummer",
                "Fornavn",
                "Etternavn",
                "Organisasjon",
                "E-post",
                "Billettype",
                "Kategori",
                "Status",
                "Fotosamtykke",
            ]
        )
        for index, p in enumerate(people):
            writer.writerow(
                [
                    f"T{index:07d}",
                    p.first_name,
                    p.last_name,
                    p.organisation,
                    p.email,
                    p.ticket_type,
                    p.category,
                    "Kansellert" if p.status.value == "cancelled" else "Betalt",
                    p.extra.get("Fotosamtykke", ""),
                ]
            )


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "export.csv"
        write_csv(source)
        peer = timed(
            [
                str(BIN / "sqlite-utils"),
                "insert",
                str(folder / "peer.db"),
                "regs",
                str(source),
                "--csv",
                "--delimiter",
                ";",
            ]
        )
        event = folder / "event.sqlite"
        subprocess.run(
            [
                str(BIN / "checkin"),
                "new",
                "--db",
                str(event),
                "--name",
                "Bench",
                "--days",
                "2026-06-01,2026-06-02",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        ours = timed([str(BIN / "checkin"), "import", str(source), "--db", str(event)])
        again = timed([str(BIN / "checkin"), "import", str(source), "--db", str(event)])
    result = {
        "rows": ROWS,
        "sqlite_utils_s": round(peer, 2),
        "checkin_import_s": round(ours, 2),
        "ratio": round(ours / peer, 2),
        "reimport_unchanged_s": round(again, 2),
    }
    print(json.dumps(result))
    print(
        f"| import {ROWS:,} rows | {ours:.2f} s | sqlite-utils insert --csv {peer:.2f} s "
        f"| {ours / peer:.2f}x (target <= 2x) | re-import {again:.2f} s |"
    )


if __name__ == "__main__":
    main()
