"""Attendee details, badge preview and reprint, errors shown, and the window at 1366x768."""

import shutil
import subprocess

from checkin import config
from checkin.badges.printing import JobState
from checkin.demo import make_demo
from checkin.domain.model import Outcome
from checkin.ui.app import DeskApp
from checkin.ui.badge_preview import BadgePreview
from checkin.ui.settings_dialog import SettingsDialog, printer_choices, template_choices
from tests.gui.test_window import a_valid, scan
from tests.integration.test_print_cups import QUEUE, needs_cups


def pick_in_search(qtbot, window, person):
    window.search.box.setText(person.code)
    qtbot.waitUntil(lambda: window.person.isVisible() and window.person.code == person.code)


def test_details_show_status_and_check_in_from_the_panel(desk_app, qtbot):
    window = desk_app.current
    person = a_valid(window)
    pick_in_search(qtbot, window, person)
    assert person.name == window.person.name.text()
    assert "Not checked in" in window.person.state.text()
    window.person.buttons["check_in"].click()
    qtbot.waitUntil(lambda: window.card.outcome is Outcome.OK)
    assert window.search.box.text() == "" and not window.person.isVisible()  # ready for the next
    pick_in_search(qtbot, window, person)
    qtbot.waitUntil(lambda: "Checked in at" in window.person.state.text())
    assert window.desk.desk_name in window.person.state.text()
    assert not window.person.buttons["check_in"].isEnabled()


def test_details_follow_a_check_in_made_elsewhere(desk_app, qtbot):
    window = desk_app.current
    person = a_valid(window)
    pick_in_search(qtbot, window, person)
    assert window.person.buttons["check_in"].isEnabled()
    scan(window, person.code)  # the camera admits the person the panel shows
    qtbot.waitUntil(lambda: "Checked in at" in window.person.state.text())
    assert not window.person.buttons["check_in"].isEnabled()


def test_correcting_a_name_then_reprinting_prints_the_new_name(desk_app, qtbot, tmp_path):
    window = desk_app.current
    person = a_valid(window)
    pick_in_search(qtbot, window, person)
    window.runner.run_db(lambda: window.desk.update_registration(person.code, last_name="Bøe"))
    window._edited(person.code)
    qtbot.waitUntil(lambda: window.person.name.text().endswith("Bøe"))
    window.person.buttons["reprint"].click()
    printing = window.status.printing
    qtbot.waitUntil(lambda: "Badge preview written" in printing.text(), timeout=10000)
    pdf = tmp_path / f"badge-{person.code}.pdf"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Bøe" in text


def test_preview_shows_the_badge_and_prints_on_request(desk_app, qtbot, tmp_path):
    window = desk_app.current
    person = a_valid(window)
    pick_in_search(qtbot, window, person)
    window.actions_["preview"].trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "badge_preview", None), BadgePreview))
    picture = window.badge_preview.picture.pixmap()
    assert picture.width() > picture.height() > 100  # the 90x55 mm badge, landscape
    window.badge_preview.print_button.click()
    qtbot.waitUntil(lambda: (tmp_path / f"badge-{person.code}.pdf").exists(), timeout=10000)


def test_result_card_shows_the_category_in_its_badge_colour(desk_app, qtbot):
    window = desk_app.current
    person = a_valid(window, category="Student")
    scan(window, person.code)
    qtbot.waitUntil(lambda: window.card.category.isVisible() and desk_app.colours is not None)
    colour = desk_app.colours.for_category("Student")  # read from the template off the GUI thread
    assert window.card.category.text() == "Student"
    qtbot.waitUntil(lambda: colour.lower() in window.card.category.styleSheet().lower())
    assert colour != desk_app.colours.for_category("Sykehus")


def test_a_failure_on_the_database_thread_is_shown_not_lost(desk_app, qtbot, monkeypatch):
    window = desk_app.current
    monkeypatch.setattr("checkin.ui.window_views.warn", lambda *args: None)

    def broken():
        raise OSError("disk full")

    window.runner.run_db(broken)
    qtbot.waitUntil(lambda: "disk full" in window.statusBar().currentMessage())


def test_settings_offer_templates_printers_and_cameras_in_words(qtbot):
    offers = {"template": template_choices(["90x55", "a6"])}
    dialog = SettingsDialog(config.Settings(), None, offers)
    qtbot.addWidget(dialog)
    dialog.offer("printer", printer_choices(["Østfold", "BadgePDF", "Ålesund", "Kontor"]))
    printers = dialog.editors["printer"]
    shown = [printers.itemText(i) for i in range(printers.count())]
    assert shown == ["The system's default printer", "BadgePDF", "Kontor", "Østfold", "Ålesund"]
    assert "" not in shown  # no blank entry
    printers.setCurrentIndex(printers.findData("Kontor"))
    templates = dialog.editors["template"]
    assert templates.currentText() == "90 x 55 mm badge (default)"  # by name, not "90x55"
    templates.setCurrentIndex(templates.findData("a6"))
    camera = dialog.editors["camera"]
    assert not camera.isEditable() and camera.currentText().startswith("Camera 1")
    camera.setCurrentIndex(camera.findData("none"))
    language = dialog.editors["language"]
    assert language.currentText() == "Norsk bokmål"  # named, not "nb"
    language.setCurrentIndex(language.findText("English"))
    chosen = dialog.result_settings()
    assert (chosen.printer, chosen.template, chosen.language) == ("Kontor", "a6", "en")
    assert chosen.camera == "none"


def test_window_fits_a_1366x768_laptop(desk_app, qtbot):
    window = desk_app.current
    window.resize(1366, 728)  # the screen less a task bar
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728, hint
    person = a_valid(window)
    scan(window, person.code)
    qtbot.waitUntil(lambda: window.card.outcome is Outcome.OK)
    qtbot.wait(50)
    for label in (window.card.headline, window.card.name, window.card.explanation):
        assert label.isVisible()
        assert label.sizeHint().width() <= window.card.width() or label.wordWrap()
        assert label.geometry().bottom() <= window.card.height()
    assert window.search.isVisible() and window.camera.height() >= 180


def test_text_grows_on_a_large_screen(desk_app, qtbot):
    window = desk_app.current
    window.set_camera(True)  # the card shares the left side with the camera picture
    window.resize(1366, 728)
    qtbot.wait(50)
    small = window.card.scale
    window.resize(2560, 1400)
    qtbot.waitUntil(lambda: window.card.scale > small * 1.4)


@needs_cups
def test_badge_goes_through_a_real_cups_queue_and_the_state_is_shown(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=40, seed=4)
    settings = config.Settings(language="en", printer=QUEUE, sounds=False)
    app = DeskApp(desk, None, settings=settings, settings_path=tmp_path / "settings.toml")
    states = []
    app.bridge.print_state.connect(lambda job: states.append(job.state))
    try:
        qtbot.addWidget(app.current)
        scan(app.current, a_valid(app.current).code)
        qtbot.waitUntil(lambda: JobState.DONE in states, timeout=20000)
        assert states[0] is JobState.QUEUED
        assert f"sent to {QUEUE}" in app.current.status.printing.text()
    finally:
        app.stop()


def test_kiosk_keeps_events_and_settings_out_of_reach(desk_app, monkeypatch, qtbot, tmp_path):
    window = desk_app.current
    asked, event = [], window.desk.event
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda *args: asked.append(1) or True)
    window.toggle_kiosk()
    other = make_demo(tmp_path / "other.sqlite", size=10, seed=1)
    other.close()
    settings = []
    window.settings_requested.connect(lambda: settings.append(1))
    desk_app.open_path(tmp_path / "other.sqlite")
    window.open_requested.emit(tmp_path / "other.sqlite")  # File → Recent events
    for name in ("settings", "open", "new", "event", "import", "export"):
        assert not window.actions_[name].isEnabled(), name
        window.actions_[name].trigger()  # a disabled action does nothing
    window._ask_settings()
    qtbot.wait(300)
    assert window.desk.event == event and asked == [] and settings == []
    assert window.kiosk
    window.kiosk = False  # let the fixture close it
