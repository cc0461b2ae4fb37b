"""The desk's records beside the check-ins: attendance, aliases, audit log, purge.

Attendance and organisation aliases (issue 14); who looked at whom and the purge after the
event (issue 15).

`DeskRecords` sits between `checkin.desk_edits.DeskEdits` and `checkin.desk.Desk`; callers use
`Desk`, which inherits these methods.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from checkin.desk_edits import DeskEdits
from checkin.desk_views import DeskState
from checkin.domain.attendance import Attendance
from checkin.domain.model import (
    Registration,
)
from checkin.domain.organisations import org_key, whole_key
from checkin.errors import NotFoundError, UserError
from checkin.messages import _
from checkin.store import (
    attendance,
    audit,
    org_aliases,
    purge,
    report_data,
)
from checkin.store.audit import Action as AuditAction
from checkin.store.audit import Entry as AuditEntry
from checkin.store.changes import OpChanges
from checkin.store.db import (
    transaction,
)
from checkin.store.purge import PurgeReport

ALIASES = OpChanges(org_aliases=True)


class DeskRecords(DeskEdits):
    """Attendance, organisation aliases, the audit log and the purge of one event file."""

    # -- privacy: who looked at whom, and the purge after the event (issue 15) -----------
    def view_person(self, code: str, day: date | None = None) -> DeskState:
        """Show a person's details (a search result opened): logged, then read as `state`."""
        self._audit(AuditAction.DETAILS, code)
        return self.state(day or self.today(), code)

    def reprint_badge(self, code: str) -> Registration | None:
        """Return the registration whose badge is to be printed again; the lookup is logged."""
        self._audit(AuditAction.REPRINT, code)
        return self.registration(code)

    def _audit(self, action: AuditAction, code: str) -> None:
        """Log a lookup of a registration that exists (a read-only file logs nothing).

        The same person's details shown again at this desk with nothing between (the top
        search hit staying on top while the volunteer types on) are one lookup.
        """
        if getattr(self.conn, "readonly", False) or self.registration(code) is None:
            return
        entry = AuditEntry(self._now_text(), self.desk_name, action, code)
        with transaction(self._db) as conn:
            newest = audit.latest(conn, self.desk_name)
            if action is not AuditAction.DETAILS or newest != (action, code):
                audit.record(conn, entry)

    def imported_columns(self) -> list[str]:
        """Return the headers of the imported columns kept as extra fields (for ``purge``)."""
        return attendance.extra_headers(self.conn)

    def audit_log(self, code: str | None = None, limit: int = 0) -> list[AuditEntry]:
        """Return the audit log, oldest first (one person's with ``code``; the newest ``limit``)."""
        return audit.entries(self.conn, code, limit)

    def unsent_changes(self) -> int:
        """Return how many changes of this file no hub has acknowledged yet."""
        return purge.unsent(self.conn)

    def purge(self, keep: tuple[str, ...] = ()) -> PurgeReport:
        """Remove the personal data after the event; reports give the same counts after.

        See `checkin.store.purge`. ``keep`` names imported columns that are not personal.

        Raises:
            UserError: a kept column no registration has; an import is in progress.
        """
        known = attendance.extra_headers(self.conn)
        unknown = [name for name in keep if name not in known]
        if unknown:
            raise UserError(
                _("No imported column named {names}; the columns are: {choices}.").format(
                    names=", ".join(unknown), choices=", ".join(known) or "-"
                )
            )
        with transaction(self._db) as conn:
            report = purge.purge_rows(conn, keep)
        truncated = purge.rewrite(self.conn)
        self._committed(
            OpChanges(registrations=True, checkins=True, counts=True, recent=True, attempts=True)
        )
        return replace(report, wal_truncated=truncated)

    # -- attendance ---------------------------------------------------------------------
    def attendance(self, *, extra: bool = True) -> Attendance:
        """Read everything the reports count, in one snapshot (`checkin.reports`).

        Args:
            extra: read the imported columns too (exports; reports by such a column).
        """
        return report_data.load(self.conn, self.event, extra=extra)

    def org_aliases(self) -> list[tuple[str, str]]:
        """Return the organisation aliases: (alias as typed, organisation), by alias."""
        return org_aliases.listed(self.conn)

    def set_org_alias(self, alias: str, organisation: str) -> OpChanges:
        """Count ``alias`` as ``organisation`` in reports by organisation (add or change).

        Raises:
            UserError: either name is empty, or both fold to the same organisation already.
        """
        alias, organisation = " ".join(alias.split()), " ".join(organisation.split())
        if not whole_key(alias) or not org_key(organisation):
            raise UserError(_("An alias needs a name and the organisation it belongs to."))
        if whole_key(alias) == org_key(organisation):
            raise UserError(
                _("'{alias}' is already counted as '{organisation}': no alias is needed.").format(
                    alias=alias, organisation=organisation
                )
            )
        with transaction(self._db) as conn:
            _refuse_a_circle(org_aliases.keyed(conn), alias, organisation)
            org_aliases.save(conn, alias, organisation, self._now_text())
        return self._committed(ALIASES)

    def remove_org_alias(self, alias: str) -> OpChanges:
        """Stop counting ``alias`` as another organisation.

        Raises:
            NotFoundError: there is no such alias.
        """
        with transaction(self._db) as conn:
            found = org_aliases.remove(conn, alias)
        if not found:
            raise NotFoundError(_("No organisation alias '{alias}'.").format(alias=alias))
        return self._committed(ALIASES)


def _refuse_a_circle(aliases: dict[str, str], alias: str, organisation: str) -> None:
    """Refuse to count ``alias`` as ``organisation`` when that leads back to ``alias``.

    The organisation may itself be an alias, of an alias, ...: followed to its end, it must
    not come back to the alias (the names in the circle would count each other's people).

    Raises:
        UserError: the organisation is counted, through aliases, as the alias.
    """
    ends = {org_key(alias), whole_key(alias)}
    current, seen = organisation, set()
    while True:
        back = aliases.get(whole_key(current)) or aliases.get(org_key(current))
        if back is None or org_key(back) in seen:
            return
        if org_key(back) in ends:
            break
        seen.add(org_key(back))
        current = back
    raise UserError(
        _("'{organisation}' is itself counted as '{alias}'. Remove that alias first, or "
          "join them the other way round.").format(organisation=organisation, alias=alias)
    )  # fmt: skip
