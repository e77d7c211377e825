"""The library list, the empty state, and the totals in the status bar."""
