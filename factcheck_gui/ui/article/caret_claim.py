"""What assistive technology hears about the claim the text cursor is in.

The reading pane shows claims by colour and outline; a screen reader user needs
the same in words: the claim's quote, its verdict and its status, whenever the
caret moves into (or out of) a claim.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_gui.core.models import Claim
from factcheck_gui.ui.claims.statuses import status_label
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.widgets.safe_text import shorten

QUOTE_CHARS = 120
NOT_IN_A_CLAIM = QT_TRANSLATE_NOOP("CaretClaim", "The text cursor is not in a claim.")


def claims_at(claims: Iterable[Claim], offset: int) -> list[Claim]:
    """The claims whose span holds code point `offset` (innermost, i.e. shortest, first)."""
    inside = [c for c in claims if c.start <= offset < c.end]
    return sorted(inside, key=lambda c: (c.end - c.start, c.start))


def caret_description(claims: Iterable[Claim], offset: int) -> str:
    """One sentence per claim at `offset`: quote, verdict, status."""
    found = claims_at(claims, offset)
    if not found:
        return translate("CaretClaim", NOT_IN_A_CLAIM)
    first = found[0]
    parts = [translate("CaretClaim", "In claim “{quote}”: verdict {verdict}, status {status}.")
             .format(quote=shorten(first.quote, QUOTE_CHARS),
                     verdict=first.verdict or translate("CaretClaim", "not judged yet"),
                     status=status_label(first.status))]
    if len(found) > 1:
        others = len(found) - 1
        parts.append(translate("CaretClaim", "Also inside %n more claim(s).", None, others))
    return " ".join(parts)
