"""The window and the web: Open URL, Update from URL, kept copies of sources, link checks."""
