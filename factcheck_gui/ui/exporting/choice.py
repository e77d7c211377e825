"""What File > Export… offers and what the user chose: the formats, the scopes and
the choice itself. Kept apart from the dialog so that the window's Export actions
need no dialog until one is opened."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck_gui.core.report import NO_VERDICT, ReportScope
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate

# (key, menu text, file suffix, file-dialog filter, what it is for); the texts are
# translated where they are shown (`format_info`).
FORMATS: tuple[tuple[str, str, str, str, str], ...] = (
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheet"), ".csv", "CSV (*.csv)",
     QT_TRANSLATE_NOOP("ExportDialog", "One row per claim; opens in Excel and LibreOffice.")),
    ("csv-sources", QT_TRANSLATE_NOOP("ExportDialog", "CSV, one row per source"), ".csv",
     "CSV (*.csv)",
     QT_TRANSLATE_NOOP("ExportDialog", "One row per source of each claim, for auditing sources.")),
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotations (JSON-LD)"), ".jsonld",
     "JSON-LD (*.jsonld *.json)",
     QT_TRANSLATE_NOOP("ExportDialog",
                       "For other annotation tools, and for merging into another database.")),
    ("claimreview", QT_TRANSLATE_NOOP("ExportDialog", "ClaimReview (JSON-LD)"), ".json",
     "JSON (*.json *.jsonld)",
     QT_TRANSLATE_NOOP("ExportDialog", "schema.org records for publishing; claims without a"
                       " verdict are left out.")),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "HTML report"), ".html", "HTML (*.html *.htm)",
     QT_TRANSLATE_NOOP("ExportDialog", "One self-contained page to send to an editor or print.")),
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF report"), ".pdf", "PDF (*.pdf)",
     QT_TRANSLATE_NOOP("ExportDialog", "The HTML report as a printable PDF.")),
)
FORMAT_KEYS = tuple(f[0] for f in FORMATS)
SCOPES = (
    ("article", QT_TRANSLATE_NOOP("ExportDialog", "Current article")),
    ("selected", QT_TRANSLATE_NOOP("ExportDialog", "Selected claims")),
    ("filter", QT_TRANSLATE_NOOP("ExportDialog", "Claims shown in the table (its filter)")),
    ("library", QT_TRANSLATE_NOOP("ExportDialog", "Whole library")),
)
ANY, UNJUDGED_KEY = "", NO_VERDICT


def format_info(key: str) -> tuple[str, str, str, str, str]:
    """(key, name, suffix, file-dialog filter, what it is for), the texts translated."""
    key, name, suffix, name_filter, purpose = next(f for f in FORMATS if f[0] == key)
    return (key, translate("ExportDialog", name), suffix, name_filter,
            translate("ExportDialog", purpose))


@dataclass(frozen=True, init=False)
class ExportChoice(ReportScope):
    """A format, which claims (`scope`: one of SCOPES), and the report's filters.
    The window fills in the articles or claims `scope` stands for and hands the
    whole, a ReportScope, to the store."""

    format: str = "csv"
    scope: str = "article"

    def __init__(self, format: str = "csv", scope: str = "article",
                 status: str | None = None, verdict: str | None = None,
                 reviewer: str | None = None, since: str | None = None,
                 until: str | None = None, *, articles: tuple[str, ...] | None = None,
                 claims: tuple[str, ...] | None = None, blind_for: str | None = None) -> None:
        # Written out to keep the order callers give positionally: format, scope, filters.
        super().__init__(articles=articles, claims=claims, status=status, verdict=verdict,
                         reviewer=reviewer, since=since, until=until, blind_for=blind_for)
        object.__setattr__(self, "format", format)
        object.__setattr__(self, "scope", scope)


@dataclass(frozen=True)
class ScopeInfo:
    """What the window can offer: how many claims each scope holds (None: unavailable)."""
    article: int | None
    selected: int | None
    filter: int | None
    library: int
    article_title: str = ""
