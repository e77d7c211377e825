"""Ids and time stamps: UUIDs so that several databases can be merged later."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A random UUID string: stable across export, import and merging."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """Now, as ISO 8601 in UTC with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def today() -> str:
    """Today's date in UTC, ISO 8601."""
    return datetime.now(UTC).date().isoformat()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
