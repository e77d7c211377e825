"""The rating-scale presets in the user's language.

A preset file carries its own translations (resources/scales/*.json, `translations`),
and `i18n.install` sets the language presets are read in, so a preset offered in the
scale editor, or given to a database made now, has the window's words. The scale a
database holds keeps the words it was made with (they are stored, and verdicts refer
to them): switching the window's language later renames nothing.
"""

from __future__ import annotations

from factcheck_gui.core.models import RatingScale
from factcheck_gui.core.scales import load_preset


def translated_preset(name: str) -> RatingScale:
    """The named preset in the window's language (its file's words for it)."""
    return load_preset(name)
