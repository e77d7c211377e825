"""The window's side of team sync: status, automatic sync, joining, conflicts."""
