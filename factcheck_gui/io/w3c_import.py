"""`import-annotations`: W3C Web Annotations (ours, or Hypothesis-style) into the store.

Accepts our `export json` collection, an AnnotationPage, a list of annotations,
one annotation, or a Hypothesis API answer (`{"rows": [...]}`). Each annotation
is matched to an article (our `fc:article` id, then the target URL, then the
text hash in `urn:sha256:`; an article we exported with its text is created
when missing) and placed by its quote and context, never by trusting offsets.
A quote that cannot be found is stored as an orphan and reported, not dropped.
Ids are kept (foreign ids map to stable UUIDs), so importing again updates.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import FactcheckError, NotFoundError, ValidationError
from factcheck_gui.core.models import (
    AnchorState,
    Article,
    Claim,
    Correction,
    NewArticle,
    Provenance,
    Source,
    Stance,
    Status,
)
from factcheck_gui.core.placement import How, place_quote
from factcheck_gui.core.store import Store
from factcheck_gui.core.textclean import article_text
from factcheck_gui.core.translatable import translate
from factcheck_gui.core.urls import article_url
from factcheck_gui.io.progress import Progress
from factcheck_gui.io.review_w3c import import_pass_item, is_pass_item
from factcheck_gui.io.w3c_export import CLAIM_URN

#: Annotations written per transaction.
CHUNK = 500

_FOREIGN_NS = uuid.UUID("6f1c1e0a-5a49-4c1e-9d0b-6d7c3b2f8a10")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    held: int = 0  # judgement changes to final claims without a correction: not applied
    orphaned: int = 0  # also counted in created / updated / unchanged
    skipped: int = 0
    articles_created: int = 0
    review_claims: int = 0  # claims of review passes, kept apart from the articles' claims
    messages: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "held": self.held, "orphaned": self.orphaned, "skipped": self.skipped,
                "articles_created": self.articles_created,
                "review_claims": self.review_claims}


def parse_annotations(data: bytes | str) -> list[dict[str, Any]]:
    """The annotations in a JSON document of any accepted shape."""
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise ValidationError(translate("Errors", "this is not JSON ({error})").format(
            error=error)) from None
    items: Any
    if isinstance(doc, list):
        items = doc
    elif isinstance(doc, dict) and isinstance(doc.get("rows"), list):
        items = doc["rows"]  # Hypothesis search API
    elif isinstance(doc, dict) and isinstance(doc.get("items"), list):
        items = doc["items"]  # AnnotationPage
    elif isinstance(doc, dict) and isinstance(doc.get("first"), dict):
        items = doc["first"].get("items") or []
    elif isinstance(doc, dict) and "target" in doc:
        items = [doc]
    else:
        raise ValidationError(translate(
            "Errors", "no annotations found (expected a W3C annotation collection, page or"
            " list, or a Hypothesis export)"))
    return [item for item in items if isinstance(item, dict)]


def import_annotations(
    store: Store, items: Iterable[dict[str, Any]], *, progress: Progress | None = None
) -> ImportReport:
    """Merge `items` into `store`; returns what happened, with a message per problem."""
    items = list(items)
    report = ImportReport()
    embedded: dict[str, dict] = {}  # article id -> its metadata with text, from any annotation
    for item in items:
        meta = item.get("fc:article")
        if isinstance(meta, dict) and isinstance(meta.get("text"), str) and meta.get("id"):
            embedded.setdefault(str(meta["id"]), meta)
    articles = _ArticleFinder(store, embedded, report)
    # One transaction per chunk (each annotation a savepoint inside it): a commit
    # per annotation waits for the disk every time, 5 ms each here. Progress is
    # told (and may cancel) between chunks, so what it reports is committed.
    for first in range(0, len(items), CHUNK):
        with store.batch():
            for index, item in enumerate(items[first:first + CHUNK], start=first + 1):
                try:
                    _import_one(store, item, articles, report)
                except (FactcheckError, ValueError, TypeError, KeyError) as error:
                    report.skipped += 1
                    report.messages.append(
                        f"annotation {index} ({_short_id(item)}): skipped: {error}")
        if progress is not None:
            progress(min(first + CHUNK, len(items)))
    return report


def _import_one(store: Store, item: dict, articles: _ArticleFinder, report: ImportReport) -> None:
    if is_pass_item(item):
        _import_pass_item(store, item, articles, report)
        return
    target = _first(item.get("target"))
    if isinstance(target, str):
        target = {"source": target}
    if not isinstance(target, dict):
        raise ValidationError(translate("Errors", "it has no target"))
    selectors = [s for s in _list(target.get("selector")) if isinstance(s, dict)]
    quote_sel = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
    if not quote_sel or not quote_sel.get("exact"):
        raise ValidationError(translate(
            "Errors", "it has no TextQuoteSelector, so it cannot be placed"))
    if not all(isinstance(quote_sel.get(key, ""), str | None)
               for key in ("exact", "prefix", "suffix")):
        raise ValidationError(translate(
            "Errors", "its quote (TextQuoteSelector exact, prefix or suffix) is not text"))
    source = str(target.get("source") or item.get("uri") or "")
    article = articles.find(item.get("fc:article"), source, target.get("fc:sha256"))
    text = articles.text_of(article.id)
    # The same line breaks as the stored text, or a quote with CRLF is never found.
    exact = article_text(quote_sel["exact"])
    if not exact.strip():
        raise ValidationError(translate("Errors", "its quote is empty"))
    prefix = article_text(quote_sel.get("prefix") or "")
    suffix = article_text(quote_sel.get("suffix") or "")
    start = _int(position.get("start")) if position else None
    end = _int(position.get("end")) if position else None
    placement = place_quote(text, exact, prefix=prefix, suffix=suffix, start=start, end=end)
    claim_id = _claim_id(item)
    if placement is None:
        state = AnchorState.ORPHANED
        start = start if start is not None else 0
        end = end if end is not None and end > start else start + len(exact)
    else:
        start, end = placement.start, placement.end
        given = str(item.get("fc:anchorState") or "ok")
        if placement.how is How.POSITION and given in ("ok", "moved", "fuzzy"):
            state = AnchorState(given)
        else:
            state = AnchorState.OK if placement.how is How.POSITION else AnchorState.MOVED
    fields = _fields(store, item)
    clock = _Clock(store, report, claim_id)
    created = clock.past(_time(item.get("created"))) or utc_now()
    modified = clock.past(_time(item.get("modified") or item.get("updated"))) or created
    if clock.future:  # an unknown time must not beat later local edits
        modified = _stored_time(store, claim_id) or modified
    claim = Claim(
        id=claim_id, article_id=article.id, version_id="", start=start, end=end, quote=exact,
        prefix=prefix, suffix=suffix, anchor_state=state,
        claim_text=fields["claim_text"] or " ".join(exact.split()),
        claimant=fields["claimant"], verdict=fields["verdict"], rationale=fields["rationale"],
        status=Status.parse(fields["status"] or Status.TO_CHECK.value),
        reviewer=_creator(item), created_at=created, updated_at=modified,
    )
    corrections = _corrections(item)
    with store.batch():
        result, stored = store.merge.merge_claim(claim, corrected=_corrected_fields(corrections))
        source_problems = []
        for body in _list(item.get("body")):
            if isinstance(body, dict) and body.get("fc:role") == "source":
                try:
                    store.merge.merge_source(_source(body, stored.id, modified, clock))
                except (FactcheckError, ValueError) as error:
                    source_problems.append(str(error))
        store.workflow.merge_corrections(stored.id, corrections)
    where = f"claim {stored.id} ({_quote(exact)})"
    if result == "held":
        report.messages.append(
            f"{where}: it is final here and the file changes its verdict or rationale"
            " without a correction note; not applied, kept in its history for review")
    setattr(report, result, getattr(report, result) + 1)
    if stored.anchor_state is AnchorState.ORPHANED and result != "unchanged":
        report.orphaned += 1
        report.messages.append(f"{where}: its quote is not in the article's text; kept as an "
                               "orphan")
    for problem in source_problems:
        report.messages.append(f"{where}: a source was skipped: {problem}")


def _import_pass_item(store: Store, item: dict, articles: _ArticleFinder,
                      report: ImportReport) -> None:
    target = item.get("target")
    target = target if isinstance(target, dict) else {}
    source = str(target.get("source") or "")
    article = articles.find(item.get("fc:article"), source, target.get("fc:sha256"))
    if import_pass_item(store, item, article.id, articles.text_of(article.id)) == "created":
        report.review_claims += 1


class _ArticleFinder:
    """Which article an annotation is about; creates exported articles when missing."""

    def __init__(self, store: Store, embedded: dict[str, dict], report: ImportReport) -> None:
        self.store, self.embedded, self.report = store, embedded, report
        self.cache: dict[tuple, Article] = {}
        self.texts: dict[str, str] = {}

    def text_of(self, article_id: str) -> str:
        """The article's current text, read once per import (an import never changes it)."""
        if article_id not in self.texts:
            self.texts[article_id] = self.store.versions.current_version(article_id).text
        return self.texts[article_id]

    def find(self, meta: Any, source: str, digest: Any) -> Article:
        meta = meta if isinstance(meta, dict) else {}
        key = (meta.get("id"), source, digest)
        if key not in self.cache:
            self.cache[key] = self._find(meta, source, digest)
        return self.cache[key]

    def _find(self, meta: dict, source: str, digest: Any) -> Article:
        ident = str(meta.get("id") or "")
        if ident:
            try:
                return self.store.articles.get_article(ident)
            except NotFoundError:
                pass
        for url in (source, meta.get("url")):
            if url and not str(url).startswith("urn:"):
                found = self.store.merge.find_articles_by_url(str(url))
                if found:
                    return found[0]
        digests = [digest, meta.get("sha256")]
        if source.startswith("urn:sha256:"):
            digests.append(source.removeprefix("urn:sha256:"))
        for value in digests:
            if isinstance(value, str) and value:
                found = self.store.merge.find_articles_by_sha256(value)
                if found:
                    return found[0]
        full = self.embedded.get(ident)
        if full is not None:
            article = self.store.articles.add_article(
                NewArticle(
                    title=str(full.get("title") or "Imported article"), text=full["text"],
                    outlet=full.get("outlet"), author=full.get("author"),
                    url=_web_address(full.get("url")),
                    published=full.get("published"), language=full.get("language"),
                    provenance=Provenance(extractor="import-annotations"),
                ),
                article_id=ident,
            )
            self.report.articles_created += 1
            return article
        if source:
            raise NotFoundError(translate("Errors", "no article here matches {source}").format(
                source=source))
        raise NotFoundError(translate("Errors", "no article here matches its target"))


def _fields(store: Store, item: dict) -> dict[str, str | None]:
    """claim_text, claimant, verdict, rationale, status from the bodies (ours or foreign)."""
    found: dict[str, str | None] = dict.fromkeys(
        ("claim_text", "claimant", "verdict", "rationale", "status"))
    roles = {"claim": "claim_text", "claimant": "claimant", "verdict": "verdict",
             "rationale": "rationale", "status": "status"}
    comments, tags = [], [str(t) for t in _list(item.get("tags")) if t]
    for body in _list(item.get("body")):
        if isinstance(body, str):
            comments.append(body)
            continue
        if not isinstance(body, dict) or body.get("fc:role") in ("source", "correction"):
            continue
        value = body.get("value")
        if not isinstance(value, str):
            continue
        role = body.get("fc:role")
        if role in roles:
            found[roles[role]] = value
        elif body.get("purpose") in ("tagging", "classifying"):
            tags.append(value)
        elif body.get("purpose") == "assessing":
            found["verdict"] = found["verdict"] or value
        else:
            comments.append(value)
    if isinstance(item.get("text"), str) and item["text"].strip():
        comments.append(item["text"])  # Hypothesis: the note is `text`
    if found["rationale"] is None and comments:
        found["rationale"] = "\n\n".join(c.strip() for c in comments if c.strip()) or None
    scale = store.scales.active_scale()
    if found["verdict"] is None and scale is not None:
        found["verdict"] = next((label.label for tag in tags
                                 if (label := scale.find(tag)) is not None), None)
    return found


def _corrections(item: dict) -> list[Correction]:
    """The corrections an export of ours carries (see w3c_export); others are skipped."""
    found = []
    for body in _list(item.get("body")):
        if not isinstance(body, dict) or body.get("fc:role") != "correction":
            continue
        at, changes = _time(body.get("created")), body.get("fc:changes")
        note, who = body.get("value"), _creator(body)
        if not (at and who and isinstance(note, str) and note.strip()
                and isinstance(changes, dict) and changes):
            continue
        found.append(Correction(
            at=at, reviewer=who, note=note,
            changes=tuple((str(key), change.get("before"), change.get("after"))
                          for key, change in changes.items() if isinstance(change, dict)),
        ))
    return found


def _source(body: dict, claim_id: str, modified: str, clock: _Clock) -> Source:
    url = body.get("source")
    if isinstance(url, dict):
        url = url.get("id")
    stance = body.get("fc:stance")
    ident = _plain_id(str(body.get("id") or "")) or str(
        uuid.uuid5(_FOREIGN_NS, f"{claim_id} {url}"))
    time = _time(body.get("modified"))
    if time is not None and clock.is_future(time):
        time = clock.store_time_of_source(ident) or modified
    time = time or modified
    return Source(
        id=ident,
        claim_id=claim_id, position=0, url=str(url or ""), title=body.get("fc:title"),
        publisher=body.get("fc:publisher"), published=body.get("fc:published"),
        accessed=body.get("fc:accessed"), stance=Stance(stance) if stance else None,
        note=body.get("fc:note"), created_at=clock.past(_time(body.get("created"))) or time,
        updated_at=time,
    )


#: Times this far ahead of our clock are the other machine's clock being off;
#: beyond it, a time is not believed.
CLOCK_SKEW = timedelta(minutes=10)


class _Clock:
    """Times from a file, checked against ours: one in the future (beyond a small
    skew) would win every later merge, so it is reported and never trusted."""

    def __init__(self, store: Store, report: ImportReport, claim_id: str) -> None:
        self.store, self.report, self.claim_id, self.future = store, report, claim_id, False
        self.limit = (datetime.now(UTC) + CLOCK_SKEW).isoformat(timespec="microseconds")

    def is_future(self, time: str) -> bool:
        if time <= self.limit:
            return False
        if not self.future:
            self.report.messages.append(
                f"claim {self.claim_id}: its time {time[:19]} is in the future; "
                "treated as older than anything here")
        self.future = True
        return True

    def past(self, time: str | None) -> str | None:
        """`time`, or now when it lies in the future."""
        if time is not None and self.is_future(time):
            return utc_now()
        return time

    def store_time_of_source(self, source_id: str) -> str | None:
        try:
            return self.store.sources.get_source(source_id).updated_at
        except NotFoundError:
            return None


def _stored_time(store: Store, claim_id: str) -> str | None:
    """When the claim here last changed (None if it is new here)."""
    try:
        return store.claims.get_claim(claim_id).updated_at
    except NotFoundError:
        return None


def _corrected_fields(corrections: list[Correction]) -> frozenset[str]:
    """The fields the file's correction notes account for."""
    return frozenset(key for fix in corrections for key, _before, _after in fix.changes)


def _claim_id(item: dict) -> str:
    ident = str(item.get("id") or "")
    plain = _plain_id(ident)
    if plain:
        return plain
    if not ident:  # no id at all: derive one from what it says, so re-imports match
        ident = json.dumps([item.get("target"), item.get("body")], sort_keys=True, default=str)
    return str(uuid.uuid5(_FOREIGN_NS, ident))


def _plain_id(ident: str) -> str | None:
    """Our ids from `urn:uuid:...` or `urn:x-factcheck-gui:claim:...`, else None."""
    if ident.startswith(CLAIM_URN):
        return ident.removeprefix(CLAIM_URN) or None
    if ident.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(ident[9:]))
        except ValueError:
            return None
    return None


def _creator(item: dict) -> str | None:
    creator = _first(item.get("creator"))
    if isinstance(creator, dict):
        creator = creator.get("name") or creator.get("nickname") or creator.get("id")
    if not creator and isinstance(item.get("user"), str):  # Hypothesis: acct:name@host
        creator = item["user"].removeprefix("acct:").split("@", 1)[0]
    return str(creator) if creator else None


def _time(value: Any) -> str | None:
    """ISO 8601 in UTC with microseconds, as the store writes times."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _web_address(value: Any) -> str | None:
    """An embedded article's URL if it is an http(s) address; the article is kept
    without it otherwise."""
    try:
        return article_url(value) if isinstance(value, str) else None
    except ValidationError:
        return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _first(value: Any) -> Any:
    items = _list(value)
    return items[0] if items else None


def _short_id(item: dict) -> str:
    return str(item.get("id") or "no id")[:60]


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
