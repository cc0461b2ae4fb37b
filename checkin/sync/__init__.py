"""Sync: talking to the hub or pretix, and applying what comes back; no Qt."""
