"""Sync: the wire format and the clients for the hub and pretix; no Qt."""
