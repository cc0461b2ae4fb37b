"""Check-in Desk: an offline-first registration desk for conferences."""

__version__ = "0.1.0"
APP_ID = "no.checkin.desk"
APP_NAME = "Check-in Desk"
