"""Claims: the claims table, selecting and editing them, their history, deleted claims,
and Find Claims."""
