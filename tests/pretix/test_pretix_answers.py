"""pretix's answers "canceled since" / "not valid now" to uploads: a notice of their own, once.

The ledger side on a real event file linked to pretix (`PretixLedger`), the words of
``checkin sync`` in English and Norwegian, and the whole way against the real pretix 2026.8: a
ticket admitted offline whose order is then canceled in pretix's back office.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checkin.commands.sync import answer_text
from checkin.desk import Desk, PretixLedger
from checkin.domain.clock import FixedClock
from checkin.domain.model import Outcome
from checkin.domain.sync_model import PretixAnswer
from checkin.messages import use as use_language
from tests.pretix.conftest import admin_for
from tests.pretix.test_pretix_sync import AT, DAY1, run_json
from tests.pretix.test_pretix_sync import _own_settings as _own_settings
from tests.pretix.test_signed_at_desk import pretix_file

NOW = "2027-06-01T08:00:00.000Z"


def test_an_answer_is_kept_with_its_reason_and_handed_out_once(tmp_path: Path) -> None:
    path = pretix_file(tmp_path, [])
    desk = Desk.open(path, "desk-a", clock=FixedClock(AT))
    desk.check_in("KNOWN-1", day=DAY1)
    desk.close()
    ledger = PretixLedger.open_pretix(path)
    try:
        ledger.keep_local(NOW)  # the registration made here stays local, as in a sync
        [row] = ledger.queued()
        ledger.settle(row.change_id, "", [], NOW, (row.nonce, "not_valid", "unpaid"))
        ledger.settle(row.change_id, "", [], NOW, (row.nonce, "not_valid", "unpaid"))  # again
        [answer] = ledger.take_answers(NOW)
        assert (answer.status, answer.reason, answer.code, answer.name) == (
            "not_valid", "unpaid", "KNOWN-1", "Åse Ødegård")  # fmt: skip
        assert (answer.here_desk, answer.here_at, answer.day) == ("desk-a", AT, DAY1)
        assert ledger.take_answers(NOW) == []
        assert ledger.take_notices(NOW) == []  # not an "also admitted elsewhere" notice
        assert ledger.state().waiting == 0  # pretix stored it: nothing waits
    finally:
        ledger.close()


def answer(status: str, reason: str = "") -> PretixAnswer:
    return PretixAnswer(str(uuid.uuid4()), status, reason, "ABC123", "Åse Ødegård", "main", DAY1,
                        "desk-a", AT)  # fmt: skip


def test_checkin_sync_says_each_answer_in_the_users_language() -> None:
    use_language("en")
    canceled = answer_text(answer("canceled"), "Europe/Oslo")
    assert canceled.startswith("canceled since: ABC123 Åse Ødegård was admitted here (desk-a)")
    assert "09:30" in canceled
    assert "(unpaid)" in answer_text(answer("not_valid", "unpaid"), "Europe/Oslo")
    use_language("nb")
    try:
        said = answer_text(answer("not_valid", "unpaid"), "Europe/Oslo")
    finally:
        use_language("en")
    assert said.startswith("ikke gyldig nå: ABC123 Åse Ødegård ble sjekket inn her")


@pytest.mark.integration
@pytest.mark.timeout(900)
def test_a_ticket_canceled_in_pretix_after_the_desk_admitted_it(real_pretix, tmp_path):
    """The server is not reset (others may use it): the order is one made for this test."""
    event = real_pretix["events"]["random"]
    admin = admin_for(real_pretix, "random")
    item = next(iter(event["items"].values()))
    order = admin.create_order(item, "Kari", "Nordmann-Svarstad")
    secret = order["positions"][0]["secret"]
    path = tmp_path / "answers.checkin"
    code, out = run_json(
        "connect", "pretix", "--url", real_pretix["base_url"], "--organizer", event["organizer"],
        "--event", event["event"], "--token", event["token"], "--db", str(path), "--desk", "d1",
    )  # fmt: skip
    assert code == 0, out
    desk = Desk.open(path, "d1", clock=FixedClock(datetime(2027, 6, 1, 7, 0, tzinfo=UTC)))
    try:
        assert desk.check_in(secret, day=DAY1).decision.outcome is Outcome.OK  # offline
    finally:
        desk.close()
    admin.cancel(order["code"])
    code, report = run_json("sync", "--db", str(path), "--once")
    assert code == 0, report
    [said] = report["answers"]
    assert (said["code"], said["status"], said["name"]) == (
        secret, "canceled", "Kari Nordmann-Svarstad")  # fmt: skip
    assert report["pushed"] == 1 and report["waiting"] == 0
    code, again = run_json("sync", "--db", str(path), "--once")
    assert code == 0 and again["answers"] == []


@pytest.mark.gui
def test_the_windows_sync_panel_shows_answers_in_a_box_of_their_own(qtbot, tmp_path: Path):
    from checkin import config
    from checkin.domain.sync_model import Applied, HubLink, SyncState
    from checkin.sync.engine import SyncReport
    from checkin.ui.app import DeskApp
    from checkin.ui.sync_worker import SyncOutcome

    desk = Desk.create(tmp_path / "window.sqlite", "Helsekonferansen", (DAY1,))
    settings = config.Settings(language="nn", desk_name="desk-a")
    app = DeskApp(desk, None, settings=settings, settings_path=tmp_path / "s.toml")
    try:
        panel = app.sync
        assert panel is not None
        qtbot.addWidget(app.current)
        qtbot.waitUntil(lambda: panel.outcome is not None, timeout=20000)
        link = HubLink("pretix", "http://127.0.0.1:1", "nc27", "desk-a", "2027-06-01T06:00Z")
        state = SyncState(link, last_success_at=NOW)
        answers = (answer("canceled"), answer("not_valid", "unpaid"))
        report = SyncReport(2, 0, 0, Applied(), (), 0, 0, "", answers)
        panel.show_outcome(SyncOutcome(state, report=report))
        canceled, not_valid = panel.notices_shown
        assert canceled == (
            "Åse Ødegård (ABC123) vart sjekka inn her (desk-a kl. 09:30), men billetten er "
            "kansellert i pretix etterpå."
        )
        assert not_valid.endswith("pretix seier at billetten ikkje er gyldig no (unpaid).")
    finally:
        app.stop()
