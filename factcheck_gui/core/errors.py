"""Errors the store and importers raise. Each message is one sentence for a person."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class: the message is fit to show to the user as it is."""


class NotFoundError(FactcheckError, LookupError):
    """An article, claim or source id that is not in the database."""


class ValidationError(FactcheckError, ValueError):
    """Input that the store refuses (bad offsets, unknown verdict, bad URL...)."""


class DatabaseError(FactcheckError):
    """Something is wrong with the database file or its storage."""


class NotADatabaseError(DatabaseError):
    """The file is not SQLite at all, or an SQLite file of another program."""


class CorruptDatabaseError(DatabaseError):
    """SQLite reports damage in the file."""


class NewerSchemaError(DatabaseError):
    """The database was written by a newer version of the app."""


class WriteError(DatabaseError):
    """A write failed; nothing was changed. The edit can be retried."""


class DatabaseLockedError(WriteError):
    """Another program holds the write lock for longer than the busy timeout."""


class DiskFullError(WriteError):
    """The disk (or the database's size limit) is full."""


class ReadOnlyError(WriteError):
    """The file or its folder cannot be written."""


class DatabaseInUseError(DatabaseError):
    """Another app instance holds the database's writer lock."""


class DatabaseGoneError(WriteError):
    """The database file was deleted, moved or replaced while it was open."""


class WorkflowError(ValidationError):
    """A write that would leave a final or published claim breaking the workflow rules."""


class CorrectionNoteRequired(ValidationError):
    """Changing the verdict or rationale of a final or published claim needs a note."""


class StaleEditError(FactcheckError):
    """An undo or redo whose "before" no longer matches the database: someone else
    changed the value meanwhile, and writing it would overwrite their work."""


class BlindReviewError(FactcheckError):
    """Asked to see what a blind reviewer must not see before their pass is done."""
