"""How the CLI prints: tab-separated text for people and shell tools, or JSON."""

from __future__ import annotations

import sys
from typing import Any

from factcheck_gui.io.json_text import safe_dumps


def emit_json(data: Any) -> None:
    sys.stdout.write(safe_dumps(data, indent=2))
    sys.stdout.write("\n")


def tsv(*cells: object) -> None:
    """One line of tab-separated cells; tabs and newlines inside become spaces."""
    print("\t".join(_one_line("" if c is None else str(c)) for c in cells))


def _one_line(text: str) -> str:
    return " ".join(text.split()) if any(ch in text for ch in "\t\r\n") else text


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
