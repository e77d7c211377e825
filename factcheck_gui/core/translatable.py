"""The core's words, in the window's language or in English.

The core does not import Qt, yet it builds sentences the window shows (a claim's
history, the workflow's hints, the claim finder's reasons) and the command line
prints (always in English: scripts read it). Both go through `translate`:

    translate("History", "deleted claim on {quote}").format(quote=...)
    translate("History", "restored claim with %n source(s)", None, count)

with a literal context and text so `pyside6-lupdate` lists them in the .ts files
(a plural's count must be a plain name: lupdate reads the call as written).
Fixed vocabulary declared before any translator exists (tables at module level) is
marked with `QT_TRANSLATE_NOOP` and translated where it is used.

Nothing is translated until a translator is registered: the window registers Qt's
(`set_translator`, from ui/i18n.install) at start, the command line never does.
The default, `english`, gives back the source text with `%n` replaced by the count
and the English plural of "(s)" forms ("1 source", "2 sources"), the same words the
window's English translation file holds for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["QT_TRANSLATE_NOOP", "english", "set_translator", "translate"]

Translator = Callable[[str, str, "str | None", int], str]

_PLURAL = re.compile(r"\((e?s)\)")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text: "(s)" and "(es)" endings in the plural unless `n` is 1, and
    `%n` replaced by the count (when `n` is not negative)."""
    del context, disambiguation
    if n < 0:
        return text
    text = _PLURAL.sub(lambda match: "" if n == 1 else match.group(1), text)
    return text.replace("%n", str(n))


_translator: Translator = english


def set_translator(function: Translator | None) -> None:
    """Route every later `translate` through `function` (None: back to `english`)."""
    global _translator
    _translator = function or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the registered translator's language (English by default)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """`text` unchanged: marked for translators under `context`."""
    del context
    return text
