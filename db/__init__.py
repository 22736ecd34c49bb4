"""The store: SQLAlchemy models, engine and sessions, Alembic migrations, backups.

This floor imports neither ``core`` nor ``desktop`` and never Qt.
"""
