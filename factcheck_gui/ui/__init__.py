"""Qt widgets. Everything below imports PySide6; `core/` and `io/` never do."""
