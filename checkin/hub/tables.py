"""The hub's tables, declared once for SQLAlchemy Core; migrations create them (Alembic).

Every row belongs to one event. `entries` is the log desks pull, in `seq` order, numbered per
event without gaps; `records` holds each registration, ticket type and point as merged field by
field from the log; `checkins` indexes the log's check-ins for reports and duplicates.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("slug", sa.String(100), nullable=False, unique=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("days", sa.Text, nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False),
    sa.Column("public_key", sa.LargeBinary, nullable=False),
    sa.Column("private_key", sa.LargeBinary, nullable=True),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("hash", sa.String(64), nullable=False, unique=True),
    sa.Column("admin", sa.Boolean, nullable=False),
    sa.Column("event_slug", sa.String(100), nullable=True),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("revoked_at", sa.String(32), nullable=True),
)

batches = sa.Table(
    "batches",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("event_id", sa.String(36), sa.ForeignKey("events.id"), nullable=False),
    sa.Column("token", sa.String(100), nullable=False),
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("received_at", sa.String(32), nullable=False),
    sa.Column("result", sa.Text, nullable=False),
)

entries = sa.Table(
    "entries",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("event_id", sa.String(36), sa.ForeignKey("events.id"), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("entity", sa.String(20), nullable=False),
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("hlc", sa.String(300), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("received_at", sa.String(32), nullable=False),
    sa.Column("batch_id", sa.String(36), nullable=True),
    sa.Column("token", sa.String(100), nullable=False),
    sa.UniqueConstraint("event_id", "seq", name="entries_event_seq"),
)

records = sa.Table(
    "records",
    metadata,
    sa.Column("event_id", sa.String(36), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("entity", sa.String(20), primary_key=True),
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("fields", sa.Text, nullable=False),
    sa.Column("clocks", sa.Text, nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
)

checkins = sa.Table(
    "checkins",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("event_id", sa.String(36), sa.ForeignKey("events.id"), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("code", sa.String(200), nullable=False),
    sa.Column("day", sa.String(10), nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("desk", sa.Text, nullable=False),
    sa.Column("point", sa.String(200), nullable=False),
    sa.Column("method", sa.String(20), nullable=False),
    sa.Column("kind", sa.String(10), nullable=False),
    sa.Column("undoes", sa.String(36), nullable=True),
    sa.Index("checkins_ticket", "event_id", "code", "point", "day"),
)

import_keys = sa.Table(
    "import_keys",
    metadata,
    sa.Column("event_id", sa.String(36), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("key", sa.String(600), primary_key=True),
    sa.Column("code", sa.String(200), nullable=False),
)
