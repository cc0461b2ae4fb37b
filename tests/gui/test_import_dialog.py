"""The import dialog: a Windows-1252 semicolon CSV, its mapping shown, changed, imported."""

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from checkin.desk import Desk
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.tasks import TaskRunner

CSV = (
    "Påmeldingsnr;Fornavn;Etternavn;Arbeidssted;Firma;Kategori;Status\n"
    "P1;Åse;Ødegård;Haukeland;Helse Bergen;Sykehus;Betalt\n"
    "P2;Bjørn;Bråten;Askøy kommune;Askøy;Kommune;Avbestilt\n"
)


@pytest.fixture
def dialog(qtbot, tmp_path):
    """The dialog on a Windows-1252 semicolon export, over a new event file."""
    source = tmp_path / "eksport.csv"
    source.write_bytes(CSV.encode("cp1252"))
    desk = Desk.create(tmp_path / "e.sqlite", "Import", (date(2026, 6, 1),))
    dialog = ImportDialog(source, desk, TaskRunner(inline=True))
    qtbot.addWidget(dialog)
    yield dialog
    desk.close()


def test_import_dialog_maps_cp1252_semicolon_csv(dialog, qtbot):
    desk = dialog.desk
    assert dialog.loaded.encoding == "cp1252"
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Windows Western European (cp1252)" in shown and "semicolons" in shown
    assert dialog.combos["code"].currentText() == "Påmeldingsnr"
    assert dialog.combos["organisation"].currentText() == "Arbeidssted"
    assert dialog.table.item(0, 2).text() == "Ødegård"
    dialog.combos["organisation"].setCurrentText("Firma")  # change a mapping before importing
    assert dialog.table.item(0, 3).text() == "Helse Bergen"
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    report = signal.args[0]
    assert (report.added, report.cancelled) == (2, 1)
    assert dialog.progress.value() == 100
    assert desk.registration("P1").organisation == "Helse Bergen"
    assert desk.registration("P1").extra["Arbeidssted"] == "Haukeland"


def test_a_bad_mapping_shows_problems_and_imports_nothing(dialog):
    desk = dialog.desk
    dialog.combos["first_name"].setCurrentText("")  # no name column left
    dialog.combos["last_name"].setCurrentText("")
    assert "no name column" in dialog.outcome.toPlainText()
    dialog.import_button.click()
    assert "Nothing was imported" in dialog.outcome.toPlainText()
    assert desk.count_registrations() == 0


def test_the_import_s_outcome_writes_big_counts_grouped(qtbot, tmp_path):
    source = tmp_path / "mange.csv"
    rows = "".join(f"M{n};Kari {n};Nordmann\n" for n in range(1200))
    source.write_text("Billettnummer;Fornavn;Etternavn\n" + rows, encoding="utf-8")
    desk = Desk.create(tmp_path / "e.sqlite", "Import", (date(2026, 6, 1),))
    try:
        dialog = ImportDialog(source, desk, TaskRunner(inline=True))
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.imported):
            dialog.import_button.click()
        assert dialog.outcome.toPlainText().startswith("1,200 added, 0 updated")  # English
    finally:
        desk.close()
