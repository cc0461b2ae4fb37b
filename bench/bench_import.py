"""Imports: speed beside `sqlite-utils insert --csv`, and the write lock while admits run.

1. A 100,000-row CSV, ours and the peer as fresh processes on the same file (target: at most 2x).
2. A 200,000-row CSV imported while another process admits a ticket every 50 ms: the longest
   the import held the write lock at once, and how long the admits waited; beside the same
   import written in one transaction (the design before issue 10). Target: under 1 s.
3. Hostile workbooks (issue 10): how fast, and in how much memory, they are refused.

Prints JSON lines and Markdown rows. ``python bench/bench_import.py [ROWS] [LOCK_ROWS]``.
"""

from __future__ import annotations

import csv
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from checkin.demo import demo_registrations

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
LOCK_ROWS = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
BIN = Path(sys.executable).parent
HEADER = ["Billettnummer", "Fornavn", "Etternavn", "Organisasjon", "E-post", "Billettype",
          "Kategori", "Status", "Fotosamtykke"]  # fmt: skip


def write_csv(path: Path, rows: int = ROWS) -> None:
    people = demo_registrations(rows, seed=11)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for index, p in enumerate(people):
            status = "Kansellert" if p.status.value == "cancelled" else "Betalt"
            photo = p.extra.get("Fotosamtykke", "")
            writer.writerow([f"T{index:07d}", p.first_name, p.last_name, p.organisation, p.email,
                             p.ticket_type, p.category, status, photo])  # fmt: skip


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def new_event(path: Path) -> None:
    command = [str(BIN / "checkin"), "new", "--db", str(path), "--name", "Bench", "--days",
               "2026-06-01,2026-06-02", "--json"]  # fmt: skip
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def speed(folder: Path) -> None:
    source = folder / "export.csv"
    write_csv(source)
    peer = timed([str(BIN / "sqlite-utils"), "insert", str(folder / "peer.db"), "regs",
                  str(source), "--csv", "--delimiter", ";"])  # fmt: skip
    event = folder / "event.sqlite"
    new_event(event)
    command = [str(BIN / "checkin"), "import", str(source), "--db", str(event), "--json"]
    ours, again = timed(command), timed(command)
    print(json.dumps({"rows": ROWS, "sqlite_utils_s": round(peer, 2),
                      "checkin_import_s": round(ours, 2), "ratio": round(ours / peer, 2),
                      "reimport_unchanged_s": round(again, 2)}))  # fmt: skip
    print(f"| import {ROWS:,} rows | {ours:.2f} s | sqlite-utils insert --csv {peer:.2f} s "
          f"| {ours / peer:.2f}x (target <= 2x) | re-import {again:.2f} s |")  # fmt: skip


ADMITTER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from datetime import date
    from checkin.desk import Desk
    desk, stop, waits, failed = Desk.open(sys.argv[1]), Path(sys.argv[2]), [], 0
    while not stop.exists():
        for call in (desk.undo, desk.check_in):  # two writes, as a desk makes them
            try:
                start = time.perf_counter()
                call("ADMIT-1", day=date(2026, 6, 1))
                waits.append(time.perf_counter() - start)
            except Exception:
                failed += 1
        time.sleep(0.05)
    print(json.dumps({"waits": waits, "failed": failed}))
    """
)
IMPORTER = textwrap.dedent(
    """
    import json, sys, time
    from checkin.desk import Desk
    from checkin.store import staging
    if sys.argv[3] == "one":
        staging.FIRST_CHUNK = staging.MAX_CHUNK = 10**9
    desk, start = Desk.open(sys.argv[1]), time.perf_counter()
    report = desk.import_file(sys.argv[2])
    print(json.dumps({"seconds": time.perf_counter() - start, "added": report.added,
                      "longest_lock_s": report.longest_lock_s, "chunks": report.write_chunks}))
    """
)


def lock_while_admitting(folder: Path, source: Path, mode: str) -> dict[str, object]:
    event, stop = folder / f"lock-{mode}.sqlite", folder / f"stop-{mode}"
    new_event(event)
    seed = folder / "seed.csv"
    seed.write_text("Billettnummer;Navn\nADMIT-1;Åse Ødegård\n", encoding="utf-8")
    subprocess.run([str(BIN / "checkin"), "import", str(seed), "--db", str(event), "--json"],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    admitter = subprocess.Popen([sys.executable, "-c", ADMITTER, str(event), str(stop)],
                                stdout=subprocess.PIPE, text=True)  # fmt: skip
    time.sleep(1.0)
    done = subprocess.run([sys.executable, "-c", IMPORTER, str(event), str(source), mode],
                          check=True, capture_output=True, text=True)  # fmt: skip
    time.sleep(0.5)
    stop.touch()
    admits = json.loads(admitter.communicate(timeout=60)[0])
    result = json.loads(done.stdout)
    waits = sorted(admits["waits"])
    return {
        "mode": mode, "rows": LOCK_ROWS, "import_s": round(result["seconds"], 1),
        "chunks": result["chunks"], "longest_lock_s": round(result["longest_lock_s"], 3),
        "admits": len(waits), "admits_failed": admits["failed"],
        "admit_wait_p50_ms": round(statistics.median(waits) * 1000, 1),
        "admit_wait_p99_ms": round(waits[int(len(waits) * 0.99)] * 1000, 1),
        "admit_wait_max_ms": round(waits[-1] * 1000, 1),
    }  # fmt: skip


def lock(folder: Path) -> None:
    source = folder / "lock.csv"
    write_csv(source, LOCK_ROWS)
    ours = lock_while_admitting(folder, source, "chunks")
    peer = lock_while_admitting(folder, source, "one")
    for row in (ours, peer):
        print(json.dumps(row))
    print(f"| longest write lock, {LOCK_ROWS:,}-row import while admits run | "
          f"{ours['longest_lock_s']} s in {ours['chunks']} chunks, import {ours['import_s']} s; "
          f"admits: {ours['admits']}, {ours['admits_failed']} failed, wait p50 "
          f"{ours['admit_wait_p50_ms']} ms, p99 {ours['admit_wait_p99_ms']} ms, max "
          f"{ours['admit_wait_max_ms']} ms | one transaction: {peer['longest_lock_s']} s, import "
          f"{peer['import_s']} s; admits: {peer['admits']}, {peer['admits_failed']} failed, max "
          f"wait {peer['admit_wait_max_ms']} ms | target < 1 s |")  # fmt: skip


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": XML + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": XML + f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
    f'Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": XML + f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets><sheet name="Ark1" '
    'sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": XML + f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
    f'Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}  # fmt: skip


def hostile_workbook(path: Path, rows: Iterator[bytes]) -> None:
    """Write an XLSX whose one sheet is streamed from ``rows`` (compressed as it goes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        for name, text in PARTS.items():
            book.writestr(name, text)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'{XML}<worksheet xmlns="{MAIN}"><sheetData>'.encode())
            for chunk in rows:
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")


def one_long_cell() -> Iterator[bytes]:
    yield b'<row r="1"><c r="A1" t="inlineStr"><is><t>'
    for _ in range(300_000_000 // (1 << 24)):
        yield b"A" * (1 << 24)
    yield b"</t></is></c></row>"


def four_million_rows() -> Iterator[bytes]:
    row = b"<row><c><v>1</v></c></row>"  # row numbers are optional in the XML
    for _ in range(40):
        yield row * 100_000


HOSTILE = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from checkin.importer import load
    start = time.perf_counter()
    result = load(Path(sys.argv[1]))
    seconds = time.perf_counter() - start
    # VmHWM: this process's peak (ru_maxrss would carry the parent's over the fork)
    status = Path("/proc/self/status").read_text()
    peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    print(json.dumps({"s": round(seconds, 2), "peak_mb": peak // 1024,
                      "problem": str(result.problems[0])[:110]}))
    """
)


def hostile(folder: Path) -> None:
    cases = (("one 300-million-character cell", one_long_cell()),
             ("4,000,000 rows", four_million_rows()))  # fmt: skip
    for name, rows in cases:
        path = folder / "hostile.xlsx"
        hostile_workbook(path, rows)
        done = subprocess.run([sys.executable, "-c", HOSTILE, str(path)], check=True,
                              capture_output=True, text=True)  # fmt: skip
        figures = json.loads(done.stdout)
        size = path.stat().st_size // 1024
        print(json.dumps({"file": name, "size_kb": size, **figures}))
        print(
            f"| XLSX of {size:,} KB with {name} | refused in {figures['s']} s, peak "
            f"{figures['peak_mb']} MB (the whole process) | {figures['problem']} |"
        )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        speed(folder)
        lock(folder)
        hostile(folder)


if __name__ == "__main__":
    main()
