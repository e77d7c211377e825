"""After a pull: claims left on a text that is no longer their article's current
version (two editors stored new versions at once, and the later one won) are
re-anchored onto the current text, as an ordinary edit of this copy that is
pushed like any other. Every copy that does it computes the same anchors from
the same texts, so the team sees equal values, not conflicts; a claim that
cannot be placed is kept whole as orphaned, as for any new version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.models import AnchorState
from factcheck_gui.core.store.base import Db

if TYPE_CHECKING:
    from factcheck_gui.core.models import Claim
    from factcheck_gui.core.store.claims import Claims
    from factcheck_gui.core.store.versions import Versions


def claims_to_current(db: Db, claims: Claims, versions: Versions, article_ids: set[str],
                      role: str | None) -> int:
    """Re-anchor the claims of `article_ids` that sit on an older text; the number
    moved. Readers leave it to others (they cannot push), reviewers leave final
    claims to editors (the team database would refuse the change)."""
    if role not in ("reviewer", "editor"):
        return 0
    from factcheck_gui.core.reanchor import reanchor  # not needed to open the window

    moved = 0
    for article_id in sorted(a for a in article_ids if a):
        row = db.row("SELECT current_version_id AS v FROM articles WHERE id = ?", (article_id,))
        if row is None or row["v"] is None:
            continue
        off = [c for c in claims.list_claims(article_id)
               if c.version_id != row["v"] and c.anchor_state is not AnchorState.ORPHANED
               and (role == "editor" or c.status.value not in ("final", "published"))]
        if not off:
            continue
        with db.writing():
            current = versions.get_version(row["v"])
            by_version: dict[str, list[Claim]] = {}
            for claim in off:
                by_version.setdefault(claim.version_id, []).append(claim)
            now = utc_now()
            for version_id, group in sorted(by_version.items()):
                old_text = versions.get_version(version_id).text
                for claim, placed in zip(group, reanchor(old_text, current.text, group),
                                         strict=True):
                    versions.apply(claim, placed, current.id, current.text, now)
                    moved += 1
    return moved
