"""What the core returns, said in the user's language: refusals, how a code was read, notices,
and the importer's choice between two columns with the same header."""

from datetime import date

import pytest

from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.model import Method, Outcome, Reason
from checkin.ui.i18n import Languages
from checkin.ui.import_dialog import CHOSEN_STYLE, ImportDialog
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner
from tests.gui.test_window import a_valid


@pytest.fixture
def languages():
    languages = Languages()
    yield languages
    languages.remove()


def window_on(qtbot, desk):
    window = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def demo(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=40, seed=4)
    yield window_on(qtbot, desk)
    desk.close()


def test_two_codes_that_differ_only_by_case_are_refused_naming_both(qtbot, tmp_path, languages):
    source = tmp_path / "liste.csv"
    source.write_text("Billettnr;Fornavn;Etternavn\nabc-1;Liten;Bokstav\nABC-1;Stor;Bokstav\n",
                      encoding="utf-8")  # fmt: skip
    desk = Desk.create(tmp_path / "e.sqlite", "Små og store", (date.today(),))
    desk.import_file(source)
    window = window_on(qtbot, desk)
    try:
        window.check_in("Abc-1", Method.HANDHELD)
        result = window.last_result
        assert result.decision.reason is Reason.AMBIGUOUS
        shown = window.card.explanation.text()
        assert "ABC-1" in shown and "abc-1" in shown and "upper and lower case" in shown
        assert languages.switch("nb")
        qtbot.waitUntil(lambda: "store og små bokstaver" in window.card.explanation.text())
        assert "ABC-1 / abc-1" in window.card.explanation.text()
    finally:
        desk.close()


def test_a_code_read_ignoring_case_says_so(demo):
    person = a_valid(demo)
    demo.check_in(person.code.lower(), Method.HANDHELD)
    assert demo.last_result.decision.outcome is Outcome.OK
    assert demo.last_result.read_as == "case"
    assert "Read ignoring upper and lower case" in demo.card.explanation.text()


def test_the_keyboard_layout_notice_is_shown_once_in_the_users_language(demo, languages, qtbot):
    first, second = a_valid(demo), a_valid(demo, category="Kommune")
    assert languages.switch("nb")
    qtbot.wait(10)
    demo.check_in(first.code.replace("-", "+"), Method.HANDHELD)  # a US scanner, Norwegian PC
    result = demo.last_result
    assert (result.decision.outcome, result.notice) == (Outcome.OK, "keyboard_layout")
    notice = demo.card.notice.text()  # on the card, smaller than the result
    assert "tastaturoppsett (amerikansk engelsk (US))" in notice and "til norsk" in notice
    assert "Lest slik skanneren mente det" in demo.card.explanation.text()
    assert "tastaturoppsett" in demo.statusBar().currentMessage()  # and on the status line
    demo.clear()
    demo.check_in(second.code.replace("-", "+"), Method.HANDHELD)
    assert demo.last_result.notice == ""  # said once per desk
    assert "Lest slik skanneren mente det" in demo.card.explanation.text()
    assert demo.card.notice.text() == ""


DUPLICATE_HEADERS = (
    "Billettnr;Fornavn;Etternavn;E-post;Organisasjon;E-post\n"
    "P1;Åse;Ødegård;faktura@helse-bergen.no;Helse Bergen;ase.odegard@helse-bergen.no\n"
    "P2;Bjørn;Bråten;faktura@helse-bergen.no;Helse Bergen;bjorn.braten@helse-bergen.no\n"
    "P3;Kari;Nordmann;faktura@askoy.kommune.no;Askøy kommune;kari.nordmann@askoy.kommune.no\n"
)


def test_two_columns_with_one_header_are_said_in_words_and_can_be_changed(qtbot, tmp_path):
    source = tmp_path / "to-e-poster.csv"
    source.write_text(DUPLICATE_HEADERS, encoding="utf-8")
    desk = Desk.create(tmp_path / "e.sqlite", "Import", (date(2026, 6, 1),))
    dialog = ImportDialog(source, desk, TaskRunner(inline=True))
    qtbot.addWidget(dialog)
    try:
        email = dialog.combos["email"]
        assert email.currentText() == "E-post (2)"  # the attendees' own addresses
        said = dialog.outcome.toPlainText()
        assert "2 columns could be E-mail: «E-post», «E-post (2)»" in said
        assert "Using «E-post (2)»" in said
        assert email.styleSheet() == CHOSEN_STYLE and "E-post (2)" in email.toolTip()
        assert dialog.combos["organisation"].styleSheet() == ""
        dialog.combos["organisation"].setCurrentText("")  # another field: the note stays
        assert "Using «E-post (2)»" in dialog.outcome.toPlainText()
        email.setCurrentText("E-post")  # the volunteer takes the other column
        assert "could be" not in dialog.outcome.toPlainText() and email.styleSheet() == ""
        dialog.import_button.click()
        assert desk.registration("P1").email == "faktura@helse-bergen.no"
    finally:
        desk.close()
