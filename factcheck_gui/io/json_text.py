"""JSON text that is safe to paste inside an HTML `<script>` block.

`<`, `>` and `&` never appear in JSON outside strings, so writing them as
`\\u003c`, `\\u003e` and `\\u0026` changes nothing a JSON reader sees, while a
claim holding `</script><script>...` can no longer end the script block that a
ClaimReview (JSON-LD) is usually pasted into. U+2028 and U+2029 are escaped
too: older JavaScript parsers end a string at them.
"""

from __future__ import annotations

import json
from typing import Any

_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                          "\u2028": "\\u2028", "\u2029": "\\u2029"})


def safe_dumps(value: Any, **options: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, **options)` with the escapes above."""
    options.setdefault("ensure_ascii", False)
    return json.dumps(value, **options).translate(_ESCAPES)
