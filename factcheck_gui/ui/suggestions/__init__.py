"""Suggested claims: found off the UI thread, drawn over the text, accepted or
dismissed."""
