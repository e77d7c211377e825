"""A review pass as W3C Web Annotations, and back, kept apart from curated claims.

A pass exported from one database (`review export`) is a collection like
`export json`'s, each annotation carrying `fc:reviewPass` (the pass's id,
reviewer, start and done times). `import-annotations` puts annotations with
`fc:reviewPass` into that pass in the receiving database (created with the same
id when missing), never into the article's claims, so each reviewer's set stays
separate and can be compared and curated there. Importing the same file again
changes nothing.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from factcheck_gui import APP_NAME, __version__
from factcheck_gui.core.clock import new_id, utc_now
from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.review import PassClaim, PassSource, ReviewPass
from factcheck_gui.core.store import Store
from factcheck_gui.core.translatable import translate
from factcheck_gui.io.json_text import safe_dumps
from factcheck_gui.io.records import drop_none
from factcheck_gui.io.w3c_export import CONTEXT, claim_uri

PASS_KEY = "fc:reviewPass"


def pass_annotation(claim: PassClaim, review: ReviewPass, article_meta: dict[str, Any] | None,
                    sha256: str) -> dict[str, Any]:
    def body(role: str, purpose: str, value: str | None) -> list[dict[str, Any]]:
        return [] if not value else [{"type": "TextualBody", "purpose": purpose,
                                      "fc:role": role, "value": value,
                                      "format": "text/plain"}]

    bodies = [
        *body("verdict", "assessing", claim.verdict),
        *body("claim", "describing", claim.claim_text),
        *body("rationale", "commenting", claim.rationale),
        *body("status", "tagging", claim.status),
        *(drop_none({"type": "SpecificResource", "purpose": "linking", "fc:role": "source",
                     "source": s.url, "fc:title": s.title, "fc:stance": s.stance})
          for s in claim.sources),
    ]
    return drop_none({
        "id": claim_uri(claim.id), "type": "Annotation", "motivation": "assessing",
        "created": claim.created_at, "modified": claim.updated_at,
        "creator": {"type": "Person", "name": review.reviewer},
        "body": bodies,
        "target": {"source": f"urn:sha256:{sha256}", "selector": [
            {"type": "TextQuoteSelector", "exact": claim.quote},
            {"type": "TextPositionSelector", "start": claim.start, "end": claim.end}],
            "fc:sha256": sha256},
        PASS_KEY: drop_none({"id": review.id, "reviewer": review.reviewer,
                             "startedAt": review.started_at, "doneAt": review.done_at}),
        "fc:article": article_meta,
    })


def write_pass(store: Store, review: ReviewPass, out: BinaryIO) -> int:
    """Write the pass's claims (with the article and its text in the first one)."""
    article = store.articles.get_article(review.article_id)
    version = store.versions.get_version(review.version_id)
    meta = drop_none({"id": article.id, "title": article.title, "outlet": article.outlet,
                      "author": article.author, "url": article.url,
                      "published": article.published, "language": article.language,
                      "sha256": version.sha256, "text": version.text})
    claims = store.reviews.pass_claims(review.id)
    items = [pass_annotation(c, review, meta if i == 0 else {"id": article.id},
                             version.sha256) for i, c in enumerate(claims)]
    if not items:  # an empty pass still says who checked what
        items = [{"type": "Annotation", "motivation": "assessing", "body": [],
                  "target": {"source": f"urn:sha256:{version.sha256}"},
                  PASS_KEY: drop_none({"id": review.id, "reviewer": review.reviewer,
                                       "startedAt": review.started_at,
                                       "doneAt": review.done_at}),
                  "fc:article": meta}]
    doc = {"@context": CONTEXT, "id": f"urn:uuid:{new_id()}", "type": "AnnotationCollection",
           "label": f"{APP_NAME} review pass of {review.reviewer}",
           "generator": {"type": "Software", "name": f"{APP_NAME} {__version__}"},
           "generated": utc_now(), "total": len(claims),
           "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}
    out.write((safe_dumps(doc, indent=2) + "\n").encode("utf-8"))
    return len(claims)


def is_pass_item(item: dict[str, Any]) -> bool:
    return isinstance(item.get(PASS_KEY), dict)


def import_pass_item(store: Store, item: dict[str, Any], article_id: str, text: str) -> str:
    """Put one pass annotation into its pass; returns "created" or "unchanged"."""
    meta = item[PASS_KEY]
    pass_id, reviewer = str(meta.get("id") or ""), str(meta.get("reviewer") or "")
    if not pass_id or not reviewer.strip():
        raise ValidationError(translate("Errors", "its review pass has no id or reviewer"))
    with store.batch():
        try:
            review = store.reviews.get_pass(pass_id)
        except LookupError:
            version_id = store.versions.current_version(article_id).id
            review = store.reviews.start_pass(
                article_id, reviewer, pass_id=pass_id, version_id=version_id,
                started_at=meta.get("startedAt") or None,
                done_at=meta.get("doneAt") or utc_now(), origin="imported")
        if review.article_id != article_id:
            raise ValidationError(translate(
                "Errors", "its review pass belongs to another article here"))
        target = item.get("target") or {}
        if not isinstance(target, dict) or not target.get("selector"):
            return "unchanged"  # the marker of an empty pass
        claim_id = _plain(str(item.get("id") or ""))
        try:
            store.reviews.get_pass_claim(claim_id)
            return "unchanged"
        except LookupError:
            pass
        selectors = {s.get("type"): s for s in target["selector"] if isinstance(s, dict)}
        exact = str(selectors.get("TextQuoteSelector", {}).get("exact") or "")
        position = selectors.get("TextPositionSelector", {})
        start, end = int(position.get("start", -1)), int(position.get("end", -1))
        if text[start:end] != exact if 0 <= start < end else True:
            found = text.find(exact) if exact else -1
            if found < 0:
                raise ValidationError(translate("Errors", "its quote is not in the article's text"))
            start, end = found, found + len(exact)
        fields: dict[str, Any] = {}
        sources: list[PassSource] = []
        for body in item.get("body") or []:
            if not isinstance(body, dict):
                continue
            role = body.get("fc:role")
            if role == "source" and body.get("source"):
                sources.append(PassSource(str(body["source"]), body.get("fc:title"),
                                          body.get("fc:stance")))
            elif role in ("verdict", "rationale", "status"):
                fields[role] = body.get("value")
            elif role == "claim":
                fields["claim_text"] = body.get("value")
        store.reviews.add_pass_claim(review.id, start, end, sources=sources,
                                     claim_id=claim_id, imported=True, **fields)
    return "created"


def _plain(uri: str) -> str:
    for prefix in ("urn:uuid:", "urn:x-factcheck-gui:claim:"):
        if uri.startswith(prefix):
            return uri[len(prefix):]
    if not uri:
        raise ValidationError(translate("Errors", "it has no id"))
    return uri
