"""A desk opening an event file leaves the badge jobs another live desk is printing
(acceptance-5 F-4): only jobs unmoved for `STALE_AFTER_S` end as not printed.

Real event file, real SQLite, two desks open on it as two desk processes would be.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.clock import utc_text
from checkin.domain.model import PrintRecord
from checkin.store.print_log import STALE_AFTER_S


def _job(job_id: str, state: str, age_s: float, text=utc_text) -> PrintRecord:
    at = text(datetime.now(UTC) - timedelta(seconds=age_s))
    return PrintRecord(job_id, "NHI-" + job_id, "BadgePDF", "90x55", state, "", at, at)


def test_a_second_desk_ends_only_jobs_older_than_the_bound(tmp_path):
    path = tmp_path / "event.sqlite"
    make_demo(path, size=10, seed=1).close()
    first, second = Desk.open(path, "Skranke 2"), Desk.open(path, "Skranke 2")
    try:
        log = first.print_log()  # the first desk's print thread, working right now
        for entry in (
            _job("live-printing", "printing", 1),
            _job("live-queued", "queued", STALE_AFTER_S - 30),
            _job("old-printing", "printing", STALE_AFTER_S + 30),
            _job("old-offset", "queued", STALE_AFTER_S + 60, lambda at: at.isoformat()),
        ):
            log.record(entry)
        log.close()
        ended = second.end_unfinished_prints()
        assert [job.id for job in ended] == ["old-offset", "old-printing"]
        states = {job.id: job.state for job in first.print_log().recent()}
        assert states == {
            "live-printing": "printing", "live-queued": "queued",
            "old-printing": "failed", "old-offset": "failed",
        }  # fmt: skip
        assert second.end_unfinished_prints(stale_after_s=0) != []  # the bound is what kept them
    finally:
        first.close()
        second.close()


def test_the_bound_is_above_a_live_jobs_longest_step():
    from checkin.badges.render_process import ANSWER_TIMEOUT_PER_BADGE_S, ANSWER_TIMEOUT_S
    from checkin.badges.spool import LP_TIMEOUT_S

    render = 2 * (ANSWER_TIMEOUT_S + ANSWER_TIMEOUT_PER_BADGE_S)  # one restart of the process
    assert 2 * (render + LP_TIMEOUT_S) <= STALE_AFTER_S
