"""`export json`: claims as a W3C Web Annotation collection (JSON-LD).

One annotation per claim, `motivation: "assessing"`, targeting the article (its
URL when known, else `urn:sha256:<hex>` of the text the offsets refer to) with a
TextQuoteSelector and a TextPositionSelector. Bodies carry the verdict, claim
text, claimant, rationale, status, every source and every correction (a
commenting body with `fc:role: "correction"`, its note as value, `created`,
`creator` and `fc:changes`). Our own fields live under
the `fc:` prefix (declared in the context) so that `import-annotations` can
read the file back losslessly: the first annotation of each article carries the
article's metadata and text (`fc:article`), so a fresh database can be filled.

Written item by item: memory does not grow with the number of claims.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from factcheck_gui import APP_NAME, __version__
from factcheck_gui.core.clock import new_id, utc_now
from factcheck_gui.core.models import Article, ArticleVersion, Correction, ReportRow, Source
from factcheck_gui.core.urls import is_openable
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.json_text import safe_dumps
from factcheck_gui.io.progress import Progress, counted, text_over
from factcheck_gui.io.records import drop_none

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FC_NAMESPACE = "urn:x-factcheck-gui:ns:"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"fc": FC_NAMESPACE}]
CLAIM_URN = "urn:x-factcheck-gui:claim:"

ArticleText = Callable[[Article], ArticleVersion]


def claim_uri(ident: str) -> str:
    """`urn:uuid:<id>` for our UUID ids; other ids keep a namespaced URN."""
    try:
        return uuid.UUID(ident).urn if str(uuid.UUID(ident)) == ident else CLAIM_URN + ident
    except ValueError:
        return CLAIM_URN + ident


def text_urn(version: ArticleVersion) -> str:
    return f"urn:sha256:{version.sha256}"


def _source_body(source: Source) -> dict[str, Any]:
    return drop_none({
        "id": claim_uri(source.id), "type": "SpecificResource", "purpose": "linking",
        "fc:role": "source", "source": source.url, "fc:title": source.title,
        "fc:publisher": source.publisher, "fc:published": source.published,
        "fc:accessed": source.accessed,
        "fc:stance": source.stance.value if source.stance else None, "fc:note": source.note,
        "created": source.created_at or None, "modified": source.updated_at or None,
        **_web_fields(source),
    })


def _web_fields(source: Source) -> dict[str, Any]:
    """The kept copy (when, where it ended up, the bytes' hash) and the last link check."""
    web = source.web
    if web is None:
        return {}
    fields: dict[str, Any] = {}
    if web.copy_kept_at:
        fields["fc:copy"] = drop_none({"fc:keptAt": web.copy_kept_at,
                                       "fc:finalUrl": web.copy_final_url,
                                       "fc:sha256": web.copy_sha256})
    if web.link_state:
        fields["fc:link"] = {"fc:state": web.link_state, "fc:checkedAt": web.link_checked_at}
    return fields


def _correction_body(correction: Correction) -> dict[str, Any]:
    """A correction as a comment body: the note, when, who, and what changed."""
    return {
        "type": "TextualBody", "purpose": "commenting", "fc:role": "correction",
        "value": correction.note, "format": "text/plain", "created": correction.at,
        "creator": {"type": "Person", "name": correction.reviewer},
        "fc:changes": {key: {"before": old, "after": new}
                       for key, old, new in correction.changes},
    }


def _text_body(role: str, purpose: str, value: str | None, **extra: Any) -> list[dict]:
    if value is None or value == "":
        return []
    return [drop_none({"type": "TextualBody", "purpose": purpose, "fc:role": role,
                        "value": value, "format": "text/plain", **extra})]


def annotation(row: ReportRow, version: ArticleVersion, *, with_text: bool) -> dict[str, Any]:
    """The annotation for one claim. `with_text` embeds the article text."""
    claim, article = row.claim, row.article
    value = row.rating_value
    bodies = [
        *_text_body("verdict", "assessing", claim.verdict,
                    **{"fc:ratingValue": int(value) if value is not None
                       and float(value).is_integer() else value}),
        *_text_body("claim", "describing", claim.claim_text),
        *_text_body("claimant", "identifying", claim.claimant),
        *_text_body("rationale", "commenting", claim.rationale),
        *_text_body("status", "tagging", claim.status.value),
        *(_source_body(s) for s in row.sources),
        *(_correction_body(c) for c in row.corrections),
    ]
    page = article.url if article.url and is_openable(article.url) else None
    meta = drop_none({
        "id": article.id, "title": article.title, "outlet": article.outlet,
        "author": article.author, "url": page, "published": article.published,
        "language": article.language, "sha256": version.sha256,
        "text": version.text if with_text else None,
    })
    return drop_none({
        "id": claim_uri(claim.id),
        "type": "Annotation",
        "motivation": "assessing",
        "created": claim.created_at,
        "modified": claim.updated_at,
        "creator": {"type": "Person", "name": claim.reviewer} if claim.reviewer else None,
        "body": bodies,
        "target": {
            "source": page or text_urn(version),
            "selector": [
                {"type": "TextQuoteSelector", "exact": claim.quote, "prefix": claim.prefix,
                 "suffix": claim.suffix},
                {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
            ],
            "fc:sha256": version.sha256,
        },
        "fc:anchorState": claim.anchor_state.value,
        "fc:article": meta,
    })


def write_annotations(
    rows: Iterable[ReportRow],
    out: BinaryIO,
    *,
    article_text: ArticleText,
    embed_text: bool = True,
    progress: Progress | None = None,
) -> int:
    """Write the collection to a binary stream; returns the number of annotations.

    `article_text(article)` gives the version the claims' offsets refer to
    (the current one: `lambda a: store.versions.current_version(a.id)`). Rows should come
    grouped by article, as `store.reports.report_rows` gives them.
    """
    with text_over(out, encoding="utf-8", newline="\n") as text:
        head = {
            "@context": CONTEXT,
            "id": f"urn:uuid:{new_id()}",
            "type": "AnnotationCollection",
            "label": f"{APP_NAME} export",
            "generator": {"type": "Software", "name": f"{APP_NAME} {__version__}"},
            "generated": utc_now(),
        }
        text.write(safe_dumps(head, indent=2)[:-2])
        text.write(',\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n'
                   '    "items": [')
        count = 0
        current: ArticleVersion | None = None
        seen: set[str] = set()
        for row in counted(rows, progress):
            if current is None or current.article_id != row.article.id:
                current = article_text(row.article)
            first = row.article.id not in seen
            seen.add(row.article.id)
            item = annotation(row, current, with_text=embed_text and first)
            body = safe_dumps(item, indent=2).replace("\n", "\n      ")
            text.write(("," if count else "") + "\n      " + body)
            count += 1
        text.write(("\n    " if count else "") + "]\n  },\n")
        text.write(f'  "total": {count}\n}}\n')
    return count


def export_annotations(rows: Iterable[ReportRow], path: Path, **options: Any) -> int:
    """Write the collection to `path` atomically; returns the number of annotations."""
    with atomic_write(path) as handle:
        return write_annotations(rows, handle, **options)
