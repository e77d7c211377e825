"""What can go wrong with a team database, as the user is told it.

Apart from server.py (which raises them) so that the team store, which a window
loads at start, can catch them without loading the server's schema and protocol.
"""

from __future__ import annotations

from factcheck_gui.core.errors import FactcheckError


class TeamError(FactcheckError):
    """Something about the team database, told so the user can act on it."""


class OfflineError(TeamError):
    """The team database cannot be reached now; local work goes on and waits."""


class RefusedError(TeamError):
    """The server refused a change (the role lacks the right)."""
