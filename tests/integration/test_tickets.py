"""QR tickets: files that decode back to what the desk admits; forgeries are refused."""

import csv
import json
import re
import subprocess
from datetime import date

import cv2
import pytest
import zxingcpp

from checkin.cli import main
from checkin.desk import Desk
from checkin.domain import signing
from checkin.domain.model import Outcome, Reason
from checkin.tickets import file_stem, ticket_png

pytestmark = pytest.mark.usefixtures("qapp")
DAY = date(2026, 6, 1)
MM = 72 / 25.4


def decode_file(path):
    return [r.text for r in zxingcpp.read_barcodes(cv2.imread(str(path)))]


def new_event(tmp_path, name, capsys):
    db = tmp_path / f"{name}.sqlite"
    assert main(["new", "--db", str(db), "--name", name, "--days", DAY.isoformat()]) == 0
    capsys.readouterr()
    return db


@pytest.fixture
def event(tmp_path, capsys):
    db = new_event(tmp_path, "Helsekonferansen 2026", capsys)
    source = tmp_path / "deltakere.csv"
    source.write_text(
        "Billettnummer;Fornavn;Etternavn;Organisasjon;E-post;Status\n"
        "T1;Åse;Ødegård;Haukeland;ase@example.no;Betalt\n"
        'T2;=HYPERLINK("http://x");Ondsinnet;Firma AS;;Betalt\n'
        "T3;Per;Avlyst;Firma AS;;Kansellert\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "--db", str(db)]) == 0
    desk = Desk.open(db)
    walk_in = desk.walk_in("Máret", "Ŋuolláš Čuđe", "Sámediggi", day=DAY).registration
    desk.close()
    capsys.readouterr()
    return db, walk_in.code


def test_tickets_for_every_valid_registration(event, tmp_path, capsys):
    db, signed_code = event
    out = tmp_path / "billetter"
    assert main(["tickets", "--db", str(db), "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["tickets"] == 3  # T3 is cancelled
    with open(out / "index.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_code = {row["code"]: row for row in rows}
    assert set(by_code) == {"T1", "T2", signed_code}
    assert by_code["T2"]["first_name"].startswith("'=")  # no formula in a spreadsheet
    assert by_code["T1"]["email"] == "ase@example.no"
    assert decode_file(out / by_code["T1"]["png"]) == ["T1"]  # imported: the code unchanged
    (payload,) = decode_file(out / by_code[signed_code]["png"])
    assert re.fullmatch(rf"CK1:{signed_code}:[A-Z2-7]+", payload)


def test_ticket_pdf_is_a6_with_name_event_and_a_readable_qr(event, tmp_path, capsys):
    db, signed_code = event
    out = tmp_path / "t"
    assert main(["tickets", "--db", str(db), "--out", str(out)]) == 0
    pdf = out / f"{signed_code}.pdf"
    info = subprocess.run(["pdfinfo", "-box", str(pdf)], capture_output=True, text=True).stdout
    x0, y0, x1, y1 = map(float, re.search(r"MediaBox:\s+(.*)", info).group(1).split())
    assert abs(x1 - x0 - 105 * MM) <= 1 and abs(y1 - y0 - 148 * MM) <= 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Máret Ŋuolláš Čuđe" in " ".join(text.split())
    assert "Helsekonferansen 2026" in text and signed_code in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    (payload,) = decode_file(tmp_path / "p.png")
    assert payload.startswith(f"CK1:{signed_code}:")


def test_a_signed_ticket_is_admitted_and_forgeries_are_refused(event, tmp_path, capsys):
    db, signed_code = event
    desk = Desk.open(db)
    try:
        payload = desk.ticket_payload(desk.registration(signed_code))
        png = tmp_path / "ticket.png"
        png.write_bytes(ticket_png(payload))
        (scanned,) = decode_file(png)
        assert scanned == payload
        _, code, signature = scanned.split(":")
        other = next(c for c in signing.CODE_ALPHABET if c != code[0])
        forged = f"CK1:{other}{code[1:]}:{signature}"
        result = desk.check_in(forged, day=DAY)
        assert (result.decision.outcome, result.decision.reason) == (
            Outcome.REJECTED,
            Reason.FORGED,
        )
        assert desk.undo(signed_code, DAY) is not None  # the walk-in was checked in on arrival
        assert desk.check_in(scanned, day=DAY).decision.outcome is Outcome.OK
    finally:
        desk.close()


def test_a_signature_from_another_event_is_refused(event, tmp_path, capsys):
    db, _ = event
    elsewhere = Desk.open(new_event(tmp_path, "Et annet arrangement", capsys))
    try:
        stranger = elsewhere.walk_in("Ola", "Nordmann", day=DAY).registration
        foreign = elsewhere.ticket_payload(stranger)
    finally:
        elsewhere.close()
    desk = Desk.open(db)
    try:
        result = desk.check_in(foreign, day=DAY)
    finally:
        desk.close()
    assert (result.decision.outcome, result.decision.reason) == (Outcome.REJECTED, Reason.FORGED)


def test_signing_round_trip_and_tampering():
    private, public = signing.new_keypair()
    code = signing.new_code()
    signature = signing.sign(private, "event-1", code)
    assert signing.verify(public, "event-1", code, signature)
    assert not signing.verify(public, "event-2", code, signature)
    changed = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert not signing.verify(public, "event-1", changed, signature)


def test_file_names_are_safe_and_distinct():
    assert file_stem("T1") == "T1"
    names = {file_stem(code) for code in ("A/B", "A_B", "A\\B", "../etc/passwd", "Å1")}
    assert len(names) == 5
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", name) for name in names)
    assert not any(name.startswith("..") and "/" in name for name in names)


def test_tickets_to_a_folder_that_cannot_be_made(event, tmp_path, capsys):
    db, _ = event
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["tickets", "--db", str(db), "--out", str(blocker / "sub")]) == 2
    assert "a-file is a file, not a folder" in capsys.readouterr().err
    assert not (blocker.parent / "index.csv").exists()
