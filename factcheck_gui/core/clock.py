"""Ids and time stamps: UUIDs so that several databases can be merged later."""

from __future__ import annotations

from datetime import UTC, datetime


def new_id() -> str:
    """A random UUID string: stable across export, import and merging."""
    # Imported on the first write, not at start-up (uuid brings platform; hashlib, OpenSSL).
    import uuid

    return str(uuid.uuid4())


def utc_now() -> str:
    """Now, as ISO 8601 in UTC with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def today() -> str:
    """Today's date in UTC, ISO 8601."""
    return datetime.now(UTC).date().isoformat()


def sha256_text(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
