"""CLI commands of the claim finder and claim memory: suggest, similar, claim copy-from."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from factcheck_gui.cli.output import emit_json, short, tsv
from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import AnchorState
from factcheck_gui.core.store import Store


def cmd_suggest(store: Store, args: argparse.Namespace) -> int:
    from factcheck_gui.core.suggest import DEFAULT_MIN_SCORE, suggest

    article_id = store.resolve_id("article", args.article_id)
    version = store.versions.current_version(article_id)
    existing = [(c.start, c.end) for c in store.claims.list_claims(article_id)
                if c.version_id == version.id and c.anchor_state is not AnchorState.ORPHANED]
    if args.limit is not None and args.limit < 1:
        raise ValidationError("--limit must be 1 or more")
    min_score = DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
    if not 0 <= min_score <= 1:
        raise ValidationError("--min-score must be between 0 and 1")
    found = suggest(version.text, existing=existing,
                    dismissed=store.memory.dismissed_suggestions(article_id),
                    min_score=min_score, limit=args.limit)
    if args.json:
        emit_json([{"start": s.start, "end": s.end, "sentence": s.sentence, "score": s.score,
                    "clause_start": s.clause_start, "clause_end": s.clause_end,
                    "reasons": [asdict(r) for r in s.reasons]} for s in found])
        return 0
    for s in found:
        tsv(f"{s.score:.2f}", f"{s.start}-{s.end}", short(s.sentence),
            "; ".join(str(r) for r in s.reasons))
    return 0


def cmd_similar(store: Store, args: argparse.Namespace) -> int:
    from factcheck_gui.core.similar import similar_claims

    if args.limit < 1:
        raise ValidationError("--limit must be 1 or more")
    claim_id = store.resolve_id("claim", args.claim_id)
    store.reviews.require_not_blind(store.claims.get_claim(claim_id).article_id,
                                    store.reviewer)
    found = similar_claims(store, claim_id, limit=args.limit)
    if args.json:
        emit_json([asdict(s) for s in found])
        return 0
    for s in found:
        tsv(s.claim_id, f"{s.score:.2f}", s.verdict or "-", short(s.article_title, 40),
            short(s.quote))
    return 0


def claim_copy_from(store: Store, args: argparse.Namespace) -> int:
    target = store.resolve_id("claim", args.claim_id)
    source = store.resolve_id("claim", args.source_claim_id)
    copied = store.memory.copy_judgement(source, target)
    tsv(copied.claim.id, copied.claim.verdict or "-",
        f"{len(copied.added_source_ids)} source(s) copied from {source}")
    return 0
