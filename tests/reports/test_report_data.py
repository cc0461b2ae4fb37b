"""The event file read as columns (`checkin.store.report_data`) equals reading it row by row.

The oracle is the plain way: one row per registration or check-in, decoded in Python, the
check-ins in the order written and then sorted by time. The file holds what real files hold:
check-ins synced in late with earlier times, a time written with another offset, an undo,
imported columns with æøå and quotes, registrations with their own valid days.
"""

import json
import random
import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from checkin.demo import make_demo
from checkin.domain.attendance import Entry, EntryColumns, Person
from checkin.store import report_data

EPOCH = "round((julianday({}) - 2440587.5) * 86400.0, 3)"


def oracle_entries(conn: sqlite3.Connection) -> list[Entry]:
    rows = conn.execute(
        f"SELECT code, day, {EPOCH.format('at')}, desk, point FROM checkins AS c "
        f"WHERE {report_data.IN_FORCE} ORDER BY seq"
    )
    return sorted((Entry(*row) for row in rows), key=lambda entry: entry.at)


def oracle_people(conn: sqlite3.Connection) -> list[Person]:
    rows = conn.execute(
        "SELECT code, first_name, last_name, organisation, email, ticket_type, category, "
        "valid_days, status, order_code, extra FROM registrations"
    )
    return [
        Person(*row[:7], tuple(json.loads(row[7])), row[8], row[9], json.loads(row[10]))
        for row in rows
    ]


def checkin_row(code: str, day: str, at: str, desk: str, point: str = "main") -> tuple:
    return (str(uuid.uuid4()), code, day, at, desk, point, "scan", "checkin", None)


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "event.sqlite"
    desk = make_demo(path, size=200, seed=9)
    day = desk.event.days[0].isoformat()
    codes = [row[0] for row in desk.conn.execute("SELECT code FROM registrations")]
    rng = random.Random(5)
    start = datetime.fromisoformat(f"{day}T07:00:00+00:00")
    rows = []
    for n in range(300):  # written in random time order, as several desks' syncs bring them
        at = start + timedelta(seconds=rng.randrange(3 * 3600), milliseconds=rng.randrange(1000))
        at_text = at.isoformat(timespec="milliseconds")
        point = "main" if n % 5 else "lunsj"
        rows.append(checkin_row(rng.choice(codes), day, at_text, f"Skranke {n % 3}", point))
    # a time another system wrote with its local offset: it sorts wrongly as text
    rows.append(checkin_row(codes[0], day, f"{day}T08:59:30.250+02:00", "pretix"))
    undone = rows[7]
    rows.append((str(uuid.uuid4()), undone[1], day, undone[3], "Skranke 1", undone[5], "scan",
                 "undo", undone[0]))  # fmt: skip
    extra = json.dumps({"Kommune": "Bø i Telemark", "Merknad": 'sa "hei"\n'}, ensure_ascii=False)
    with desk.conn:
        desk.conn.executemany(
            "INSERT INTO checkins (id, code, day, at, desk, point, method, kind, undoes) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
        desk.conn.execute(
            "UPDATE registrations SET extra = ?, valid_days = ? WHERE code = ?",
            (extra, json.dumps([day]), codes[1]),
        )
    desk.close()
    return path


def test_check_ins_read_as_columns_equal_the_rows_in_time_order(event_file: Path) -> None:
    conn = sqlite3.connect(event_file)
    found = report_data.entries(conn)
    expected = oracle_entries(conn)
    assert len(found) == len(expected) == 300  # the undone one left out, the late one in
    assert list(found) == expected
    assert found.ats == sorted(found.ats)
    assert isinstance(found[0], Entry) and found[0] == expected[0]


def test_people_read_as_columns_equal_the_rows(event_file: Path) -> None:
    conn = sqlite3.connect(event_file)
    expected = oracle_people(conn)
    assert report_data.people(conn) == expected
    assert any(person.extra.get("Kommune") == "Bø i Telemark" for person in expected)
    assert any(person.valid_days for person in expected)
    plain = report_data.people(conn, extra=False)
    assert [person[:10] for person in plain] == [person[:10] for person in expected]
    assert all(person.extra == {} for person in plain)


def test_an_event_without_check_ins_reads_as_empty_columns(tmp_path: Path) -> None:
    make_demo(tmp_path / "empty.sqlite", size=3, seed=1).close()
    conn = sqlite3.connect(tmp_path / "empty.sqlite")
    found = report_data.entries(conn)
    assert len(found) == 0 and list(found) == [] and isinstance(found, EntryColumns)
    assert len(report_data.people(conn)) == 3
