"""CLI commands for article versions: reimport, versions, diff."""

from __future__ import annotations

import argparse
from pathlib import Path

from factcheck_gui.cli.output import emit_json, tsv
from factcheck_gui.core.errors import FactcheckError, ValidationError
from factcheck_gui.core.models import Article, ArticleVersion
from factcheck_gui.core.store import Store
from factcheck_gui.core.textdiff import unified_diff, word_diff
from factcheck_gui.io.batch import failure_reason
from factcheck_gui.io.importers import read_article_file


def cmd_reimport(store: Store, args: argparse.Namespace) -> int:
    """A new version of an article from a file; prints claims per anchor state."""
    if getattr(args, "from_url", None) is not None:
        from factcheck_gui.cli.web_commands import reimport_from_url

        return reimport_from_url(store, args)
    if args.article_id is None or args.file is None:
        raise ValidationError("give ARTICLE_ID and FILE, or --from-url [ARTICLE_ID ...]")
    article_id = store.resolve_id("article", args.article_id)
    path = Path(args.file)
    try:
        new = read_article_file(path)  # any format `import` reads
    except FactcheckError:
        raise
    except Exception as error:
        raise FactcheckError(failure_reason(path, error)) from error
    update = store.versions.add_version(article_id, new.text,
                                        note=args.note or f"reimported {path.name}")
    if args.json:
        emit_json({"article_id": article_id, "version": update.version.number,
                   "version_id": update.version.id, "counts": update.counts,
                   "claims": update.ids_by_state})
        return 0
    for state, count in update.counts.items():
        tsv(state, count)
    return 0


def cmd_versions(store: Store, args: argparse.Namespace) -> int:
    """An article's versions, oldest first; the current one marked."""
    article_id = store.resolve_id("article", args.article_id)
    current = store.articles.get_article(article_id).current_version_id
    versions = store.versions.list_versions(article_id)
    if args.json:
        emit_json([{"number": v.number, "id": v.id, "created_at": v.created_at,
                    "characters": len(v.text), "sha256": v.sha256, "note": v.note,
                    "current": v.id == current} for v in versions])
        return 0
    for v in versions:
        tsv(v.number, v.id, v.created_at, len(v.text), "current" if v.id == current else "",
            v.note or "")
    return 0


def cmd_diff(store: Store, args: argparse.Namespace) -> int:
    """What changed between two versions of an article."""
    article_id = store.resolve_id("article", args.article_id)
    versions = {v.number: v for v in store.versions.list_versions(article_id)}
    old, new = _version(versions, args.v1), _version(versions, args.v2)
    if args.unified:
        print(unified_diff(old.text, new.text, old_label=f"version {old.number}",
                           new_label=f"version {new.number}"), end="")
    else:
        print(word_diff(old.text, new.text), end="")
    return 0


def show_version(store: Store, article: Article, number: int, *, as_json: bool) -> int:
    """`show ARTICLE_ID --version N`: that version's text, as it was stored; with
    --json also the claims that were anchored on it (where they were then)."""
    versions = {v.number: v for v in store.versions.list_versions(article.id)}
    version = _version(versions, number)
    current = version.id == article.current_version_id
    if as_json:
        emit_json({
            "id": article.id, "title": article.title, "version": version.number,
            "version_id": version.id, "created_at": version.created_at, "note": version.note,
            "current": current, "text": version.text,
            "claims": [{"claim_id": claim.id, "start": start, "end": end,
                        "quote": version.text[start:end], "verdict": claim.verdict,
                        "status": claim.status.value, "anchor_state": claim.anchor_state.value}
                       for claim, start, end in store.versions.claims_on_version(version.id)],
        })
        return 0
    print(f"id: {article.id}")
    if article.title:
        print(f"title: {article.title}")
    print(f"version: {version.number} of {max(versions)}" + (" (current)" if current else ""))
    print(f"saved: {version.created_at}")
    if version.note:
        print(f"note: {version.note}")
    print()
    print(version.text)
    return 0


def _version(versions: dict[int, ArticleVersion], number: int) -> ArticleVersion:
    if number not in versions:
        known = ", ".join(str(n) for n in sorted(versions))
        raise ValidationError(f"the article has no version {number} (it has: {known})")
    return versions[number]


VERSION_HANDLERS = {"reimport": cmd_reimport, "versions": cmd_versions, "diff": cmd_diff}
