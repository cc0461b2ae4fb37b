"""The event file: one SQLite file per event, opened through sqlite-utils; knows SQL, not rules."""
