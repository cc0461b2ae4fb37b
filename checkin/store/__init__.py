"""The event file: one SQLite file per event; knows SQL, not rules.

Which tool where: sqlite-utils where it is the better tool, raw ``sqlite3`` on the hot paths.

- sqlite-utils: the `sqlite_utils.Database` every module is handed (`db.open_db`), changes to
  an existing table's columns in the forward-only migrations (``table.transform()``, schema 3),
  introspection (the tables a file holds, `db`), and the cold print log (`print_log`:
  ``table.upsert``).
- raw ``sqlite3`` (``db.conn``, ``executemany``): everything on a hot path: a check-in's read,
  decide and write in one immediate transaction (`checkins`, `lookup`, `changes`), search
  (`search`), reports (`attendance`), and an import's compare and chunked writes of 200,000
  rows (`registrations.Batch`, `staging`), where a Python call per row would cost seconds.
- The search index is set up with raw SQL too: it is a contentless FTS5 table over folded text
  (`checkin_fold`, `checkin_name_terms`, functions each connection registers) kept in step by
  our own triggers, which sqlite-utils' ``enable_fts`` (content tables, its own triggers over
  raw columns) cannot express.
"""
