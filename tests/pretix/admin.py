"""The test side of the real pretix server: start it (scripts/pretix.sh) and change orders as admin.

The admin token changes orders the way an organiser would in pretix's back office, through the
REST API: rename an attendee, mark a pending order paid, cancel an order; and it reads pretix's
check-in history back.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "pretix.sh"


class ServerUnavailableError(RuntimeError):
    """scripts/pretix.sh could not start the server; the message has its last lines."""


def start(*, reset: bool = True, bench: bool = False, timeout: float = 900) -> dict[str, Any]:
    """Run scripts/pretix.sh (install once, start, optionally reset the data); return servers."""
    args = ["bash", str(SCRIPT)] + (["--reset"] if reset else []) + (["--bench"] if bench else [])
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ServerUnavailableError(f"{' '.join(args)}: {error}") from None
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-12:])
        raise ServerUnavailableError(f"{' '.join(args)} exited {done.returncode}:\n{tail}")
    path = Path(os.environ.get("CHECKIN_PRETIX_SERVERS") or done.stdout.strip().splitlines()[-1])
    servers: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return servers


class Admin:
    """An organiser's hands in pretix, through the admin team token."""

    def __init__(self, base_url: str, event: dict[str, Any]) -> None:
        self.event = event
        self.api = f"{base_url}/api/v1/organizers/{event['organizer']}/events/{event['event']}"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {event['admin_token']}"

    def _ok(self, response: requests.Response) -> dict[str, Any]:
        assert response.status_code < 300, (
            f"{response.request.url}: {response.status_code} {response.text[:300]}"
        )
        body: dict[str, Any] = response.json() if response.content else {}
        return body

    def rename(self, position_id: int, given: str, family: str) -> dict[str, Any]:
        parts = {"_scheme": "given_family", "given_name": given, "family_name": family}
        url = f"{self.api}/orderpositions/{position_id}/"
        return self._ok(self.session.patch(url, json={"attendee_name_parts": parts}, timeout=30))

    def mark_paid(self, code: str) -> dict[str, Any]:
        return self._ok(
            self.session.post(f"{self.api}/orders/{code}/mark_paid/", json={}, timeout=30)
        )

    def cancel(self, code: str) -> dict[str, Any]:
        url = f"{self.api}/orders/{code}/mark_canceled/"
        return self._ok(self.session.post(url, json={"send_email": False}, timeout=30))

    def create_order(self, item: int, given: str, family: str, company: str = "") -> dict[str, Any]:
        """A new paid order with one ticket, as if sold just now."""
        parts = {"_scheme": "given_family", "given_name": given, "family_name": family}
        body = {
            "email": "ny@example.org",
            "locale": "en",
            "sales_channel": "web",
            "send_email": False,
            "positions": [{"item": item, "attendee_name_parts": parts, "company": company}],
        }
        order = self._ok(self.session.post(f"{self.api}/orders/", json=body, timeout=30))
        self.mark_paid(order["code"])
        return order

    def position(self, position_id: int) -> dict[str, Any]:
        return self._ok(self.session.get(f"{self.api}/orderpositions/{position_id}/", timeout=30))

    def checkins(self, **params: object) -> list[dict[str, Any]]:
        """Every row of pretix's check-in log for the event (successful and failed)."""
        rows: list[dict[str, Any]] = []
        url: str | None = f"{self.api}/checkins/"
        query: dict[str, Any] | None = {"page_size": 50, **params}
        while url:
            body = self._ok(self.session.get(url, params=query, timeout=30))
            rows.extend(body["results"])
            url, query = body["next"], None
        return rows

    def add_list(self, name: str, items: list[int]) -> dict[str, Any]:
        """A new check-in list of the event that takes only these products."""
        body = {"name": name, "all_products": False, "limit_products": items}
        return self._ok(self.session.post(f"{self.api}/checkinlists/", json=body, timeout=30))

    def change_item(self, code: str, position_id: int, item: int) -> dict[str, Any]:
        """Change one position's product, as the organiser does in the order's "Change" page."""
        body = {"patch_positions": [{"position": position_id, "body": {"item": item}}],
                "send_email": False}  # fmt: skip
        url = f"{self.api}/orders/{code}/change/"
        return self._ok(self.session.post(url, params={"check_quotas": "false"}, json=body,
                                          timeout=30))  # fmt: skip
