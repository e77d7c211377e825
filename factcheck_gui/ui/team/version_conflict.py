"""How the Conflicts list shows two editors' new texts of one article: the
article's title and the two versions by number (both stay in its versions)."""

from __future__ import annotations

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team import Conflict
from factcheck_gui.ui.i18n import translate


def is_version_conflict(conflict: Conflict) -> bool:
    return conflict.table == "articles" and conflict.field == "current_version_id"


def version_cells(store: Store, conflict: Conflict) -> tuple[str, str, str, str]:
    """(title, field, kept, lost) for the list."""
    try:
        title = store.articles.get_article(conflict.article_id or "").title
    except FactcheckError:
        title = conflict.article_id or ""

    def name(version_id: object) -> str:
        try:
            number = store.versions.get_version(str(version_id)).number
        except FactcheckError:
            return str(version_id)
        return translate("VersionConflict", "text version {number}").format(number=number)

    return (title, translate("VersionConflict", "current text"), name(conflict.kept),
            name(conflict.lost))
