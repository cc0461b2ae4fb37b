"""Alembic migrations of the hub's database (forward only; run by `checkin.hub.db.migrate`)."""
