"""Qt's own messages (warnings from its plug-ins and back-ends) into the desk's log file."""

from __future__ import annotations

from PySide6.QtCore import QMessageLogContext, QtMsgType

from checkin import log

AUDIO_CHATTER = ("qt.multimedia", "PulseAudioService", "pipewire")  # probing for speakers
_log = log.get("ui")


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages go to the log; the audio back-end's probing is not worth a line."""
    category = context.category or ""
    if any(word in category or word in message for word in AUDIO_CHATTER):
        _log.debug("%s: %s", category, message)
    elif kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        _log.error("%s: %s", category, message)
    elif kind is QtMsgType.QtWarningMsg:
        _log.warning("%s: %s", category, message)
    else:
        _log.debug("%s: %s", category, message)
