"""The hub: the server several desks sync through (FastAPI + SQLAlchemy Core; no Qt)."""
