"""The print log's end for jobs an earlier run left unfinished (real event file, real SQLite).

A desk that closed or was killed with badges queued or being printed could not write their end;
the next open ends them as failed with the reason (`Desk.end_unfinished_prints`). Jobs that
ended (done, failed) and the opening desk's own jobs are left as they are.
"""

from __future__ import annotations

from datetime import UTC, datetime

from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.model import PrintRecord
from checkin.messages import _


def _job(job_id: str, code: str, state: str, minute: int) -> PrintRecord:
    at = datetime(2026, 11, 30, 9, minute, tzinfo=UTC).isoformat()
    return PrintRecord(job_id, code, "BadgePDF", "90x55", state, state.title() + ".", at, at)


def test_unfinished_jobs_of_an_earlier_run_end_failed_with_the_reason(tmp_path):
    path = tmp_path / "event.sqlite"
    make_demo(path, size=10, seed=1).close()
    desk = Desk.open(path)
    try:
        log = desk.print_log()
        for entry in (
            _job("a-done", "NHI-1", "done", 1),
            _job("b-failed", "NHI-2", "failed", 2),
            _job("c-printing", "NHI-3", "printing", 3),
            _job("d-queued", "NHI-4", "queued", 4),
            _job("e-mine", "NHI-5", "queued", 5),
        ):
            log.record(entry)
        log.close()
        ended = desk.end_unfinished_prints(keep=("e-mine",))
        assert [(job.id, job.state) for job in ended] == [
            ("c-printing", "failed"), ("d-queued", "failed"),
        ]  # fmt: skip
        reason = _("Not printed: the desk closed before the badge was made.")
        assert {job.message for job in ended} == {reason}
        states = {job.id: (job.state, job.message) for job in desk.print_log().recent()}
        assert states["a-done"] == ("done", "Done.") and states["b-failed"] == ("failed", "Failed.")
        assert states["c-printing"] == states["d-queued"] == ("failed", reason)
        assert states["e-mine"] == ("queued", "Queued.")
        assert desk.end_unfinished_prints(keep=("e-mine",)) == []  # told once
    finally:
        desk.close()
