"""Badges drawn in a process of their own, so the desk's interpreter lock stays free.

Drawing one badge PDF is 13-36 ms of Python and Qt text layout that holds Python's interpreter
lock; on a thread of the desk's process the GUI thread waits for that lock while a CPU is idle
(bench/RESULTS.md, "What the longest gaps are"). `BadgeRenderer` keeps one *spawned* process
(never forked: Qt's threads do not survive a fork) that runs a QGuiApplication on the offscreen
platform with the bundled fonts (`checkin.badges.render.ensure_gui`) and draws what it is sent.
Only plain data goes there (the `Badge`, the loaded `BadgeTemplate`, the output path, the
language of the messages) and only a path, PNG bytes or an error's text comes back.

If the process dies (killed, crashed) or stops answering, the call starts a new one and asks
once more; if that fails too, the badge fails with `BadgeRenderError`, whose text says so in the
user's language. The check-in was saved before its badge was asked for and is never touched
here. The process ends with the desk (`stop`, which waits for it) and by itself when the desk is
gone (its end of the pipe closes). A frozen build starts it through
``multiprocessing.freeze_support()`` in ``checkin/__main__.py``.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import signal
import tempfile
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin import log, messages
from checkin.errors import UserError
from checkin.messages import _

if TYPE_CHECKING:
    from checkin.badges.render import Badge
    from checkin.badges.template import BadgeTemplate

# a badge takes 15-40 ms there (500 in one PDF: 2.5 s); a process silent this long is stuck,
# and is replaced: a new one starts in about 0.5 s, slower on a loaded laptop
ANSWER_TIMEOUT_S = 10.0
ANSWER_TIMEOUT_PER_BADGE_S = 0.1
END_WAIT_S = 3.0  # at the desk's close: the badge in hand is finished, then the process ends
ATTEMPTS = 2  # a process that died is started again and asked once more
Request = tuple[str, str, tuple[Any, ...]]  # what to draw ("pdf", "png"), language, arguments
_log = log.get("print")


class BadgeRenderError(UserError):
    """The badge process did not draw a badge; the text says why, in the user's language."""


class _LostError(Exception):
    """The process died, or said nothing in its time (`_answer_timeout`) with a request in hand."""


# -- in the badge process ------------------------------------------------------------------


def serve(pipe: Connection) -> None:
    """The badge process: draw each request from ``pipe`` until told to end or the desk is gone.

    Runs in the spawned process. A request is a `Request`; None ends the process. The answer
    is ``("ok", result)``, ``("refused", text)`` for a `UserError` (a file that cannot be
    written) or ``("bug", text)`` for anything else.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # whatever the desk's own platform is
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the desk's to handle
    from checkin.badges.render import ensure_gui

    ensure_gui()
    _warm_up()
    while True:
        try:
            request = pipe.recv()
        except (EOFError, OSError):
            return  # the desk is gone
        if request is None:
            return
        try:
            pipe.send(_answer(request))
        except OSError:
            return


def _warm_up() -> None:
    """Draw one badge PDF nobody asked for: the first real one then pays no first-use costs."""
    from checkin.badges.render import Badge, render_pdf
    from checkin.badges.template import DEFAULT_TEMPLATE, load_template

    badge = Badge("Åse", "Ødegård", "Helse Bergen HF", "Deltaker", "", "WARM-UP", "Check-in", "")
    try:
        with tempfile.TemporaryDirectory(prefix="checkin-warm-") as folder:
            render_pdf([badge], load_template(DEFAULT_TEMPLATE), Path(folder) / "warm.pdf")
    except Exception:  # the first badge then takes a little longer; nothing else changes
        _log.exception("the badge process could not warm up")


def _answer(request: Request) -> tuple[str, Any]:
    from checkin.badges.render import render_pdf, render_png

    kind, language, args = request
    if messages.language() != language:
        messages.use(language)
    try:
        if kind == "pdf":
            badges, template, out = args
            render_pdf(badges, template, Path(out))
            return "ok", out
        badge, template, dpi = args
        return "ok", render_png(badge, template, dpi)
    except UserError as error:
        return "refused", error.text()
    except Exception as error:  # a bug must not end the process: the next badge may draw
        _log.exception("the badge process failed on a %s", kind)
        return "bug", f"{type(error).__name__}: {error}"


# -- in the desk's process -------------------------------------------------------------------


class BadgeRenderer:
    """The desk's side of the badge process: start it, ask it to draw, end it.

    `pdf` and `png` block until the badge is drawn: call them from a worker thread (the print
    thread, the window's I/O threads), never the GUI thread. One request is in the process at a
    time; callers on other threads wait their turn.

    Args:
        target: the process's main (`serve`; tests give one that dies).
    """

    def __init__(self, target: Callable[[Connection], None] = serve) -> None:
        self._target = target
        self._one = threading.Lock()  # one request at a time
        self._lock = threading.Lock()  # the process, its pipe, busy and stopped
        self._process: BaseProcess | None = None
        self._pipe: Connection | None = None
        self._busy = self._stopped = False
        self.starts = 0  # processes started: the first and each restart

    @property
    def pid(self) -> int | None:
        """The running process's id (None before `start` and after `stop`)."""
        with self._lock:
            return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the process if none runs; it is ready about half a second later.

        Returns once it is started (a few ms here); call it when the desk is on screen, so
        the first badge does not wait for it.
        """
        with self._lock:
            if not self._stopped and self._process is None:
                try:
                    self._spawn()
                except OSError as error:  # no process to be had now: the first badge tries
                    _log.warning("the badge process did not start: %s", error)

    def pdf(self, badges: Sequence[Badge], template: BadgeTemplate, out: Path) -> Path:
        """Write badges to one PDF at ``out`` (as `checkin.badges.render.render_pdf`).

        Raises:
            BadgeRenderError: the file could not be written (the reason, as render_pdf
                says it), or the process failed twice or is stopped.
        """
        self._ask("pdf", (tuple(badges), template, str(out)))
        return Path(out)

    def png(self, badge: Badge, template: BadgeTemplate, dpi: int = 150) -> bytes:
        """Return one badge as PNG bytes (the window's preview). Raises: as `pdf`."""
        data: bytes = self._ask("png", (badge, template, dpi))
        return data

    def stop(self, bound_s: float = END_WAIT_S) -> None:
        """End the process and wait for it (at most ``bound_s`` seconds, then it is killed).

        A badge being drawn is finished first; an idle process is ended at once.
        """
        with self._lock:
            self._stopped = True
            process, pipe = self._process, self._pipe
            if process is None or pipe is None:
                return
            if self._busy:
                _send(pipe, None)  # after the request in hand
            else:
                process.terminate()  # idle (or still starting): nothing of it is lost
        process.join(bound_s)
        if process.is_alive():
            process.kill()
            process.join(1.0)
        with self._lock:
            if not self._busy:
                self._drop(process)

    def _ask(self, kind: str, args: tuple[Any, ...]) -> Any:
        request: Request = (kind, messages.language(), args)
        with self._one:
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    return _reply(self._exchange(request))
                except _LostError as lost:
                    if kind == "pdf":
                        _remove_parts(Path(args[2]))
                    if self._stopped:  # ended on purpose: the desk closes (no try follows)
                        _log.info("the badge process was ended as the desk closed (%s)", lost)
                        raise BadgeRenderError(_closing()) from None
                    _log.warning("the badge process was lost (%s), try %d of %d", lost, attempt,
                                 ATTEMPTS)  # fmt: skip
        raise BadgeRenderError(
            _(
                "The badge was not made: the badge printing helper stopped twice. The check-in "
                "is saved; print the badge again from the attendee's details."
            )
        )

    def _exchange(self, request: Request) -> tuple[str, Any]:
        with self._lock:
            if self._stopped:
                raise BadgeRenderError(_closing())
            if self._process is None or not self._process.is_alive():
                self._drop(self._process)  # died while idle: a new one, not a retry
                try:
                    self._spawn()
                except OSError as error:  # out of processes or memory: counts as a try
                    raise _LostError(f"it did not start: {error}") from None
            process, pipe = self._process, self._pipe
            assert process is not None
            assert pipe is not None
            sent = _send(pipe, request)  # (a request that does not pickle raises here, idle)
            self._busy = True
        answered = False
        try:
            if not sent or not pipe.poll(_answer_timeout(request)):
                raise _LostError("no answer" if sent else "the pipe is closed")
            answer: tuple[str, Any] = pipe.recv()
            answered = True
            return answer
        except (EOFError, OSError) as error:
            raise _LostError(f"it ended: {str(error) or type(error).__name__}") from None
        finally:
            self._done_with(process, answered)

    def _done_with(self, process: BaseProcess, answered: bool) -> None:
        """After a request: the process stays if it answered, else it is ended and dropped."""
        with self._lock:
            self._busy = False
            keep = answered and not self._stopped
        if not keep:
            process.kill()  # no-op if it is gone; one that stopped answering is stuck
            process.join(1.0)
            with self._lock:
                self._drop(process)

    def _spawn(self) -> None:
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing of Qt's
        mine, theirs = context.Pipe()
        process = context.Process(
            target=self._target, args=(theirs,), name="checkin-badges", daemon=True
        )
        process.start()
        theirs.close()  # only the process holds its end: it reads end-of-file when we are gone
        self._process, self._pipe = process, mine
        self.starts += 1

    def _drop(self, process: BaseProcess | None) -> None:
        """Forget ``process`` (if it is the current one) and close its pipe."""
        if process is not None and process is self._process:
            if self._pipe is not None:
                self._pipe.close()
            self._process = self._pipe = None


def _closing() -> str:
    return _("The badge was not made: the desk is closing.")


def _send(pipe: Connection, message: object) -> bool:
    try:
        pipe.send(message)
    except (OSError, ValueError):  # the process is gone (or its pipe was closed)
        return False
    return True


def _remove_parts(out: Path) -> None:
    """Remove what a process killed while writing ``out`` left (`atomic_path`'s part file)."""
    for part in out.parent.glob(glob.escape(f".{out.name}.") + "*.part"):
        part.unlink(missing_ok=True)


def _reply(answer: tuple[str, Any]) -> Any:
    kind, value = answer
    if kind == "ok":
        return value
    if kind == "refused":
        raise BadgeRenderError(value)
    raise BadgeRenderError(_("The badge could not be drawn: {problem}").format(problem=value))


def _answer_timeout(request: Request) -> float:
    """How long a request may take before its process counts as stuck (seconds)."""
    kind, _language, args = request
    badges = len(args[0]) if kind == "pdf" else 1
    return ANSWER_TIMEOUT_S + ANSWER_TIMEOUT_PER_BADGE_S * badges
