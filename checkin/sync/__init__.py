"""Sync with a hub: the wire format and the desk's HTTP client (no Qt, no event file)."""
