"""File > Export… in every format and scope, Export PDF, and Import Annotations:
real windows over real database files, real files written and parsed back."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QProgressDialog

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import WorkflowRules
from factcheck_gui.ui.exporting import pdf_report
from factcheck_gui.ui.exporting.choice import FORMATS, UNJUDGED_KEY, ExportChoice, ScopeInfo
from factcheck_gui.ui.exporting.export_dialog import ExportDialog

TRAMS = ("Trams return\n\nThe trams return in 2027, the council said. Fares will fall by "
         "half. Ridership doubled last year.")
FERRIES = "Ferries\n\nThe ferry runs hourly from May. Fares stay at two pounds."
PLANTED = '<img src="file:///etc/hostname"><script>alert(1)</script>'


def build_library(path: Path) -> dict[str, str]:
    """Two articles, four claims: ann judged two, bob one, one untouched."""
    ids = {}
    with Store.open(path, reviewer="ann") as store:
        # About exports, not the workflow: a final claim without a rationale.
        store.workflow.set_workflow_rules(WorkflowRules(enabled=False))
        trams = store.articles.add_article(NewArticle("Trams return", TRAMS, url="https://news.example/t"))
        ferries = store.articles.add_article(NewArticle("Ferries", FERRIES))
        ids["trams"], ids["ferries"] = trams.id, ferries.id
        for name, article, quote, fields in (
            ("c2027", trams, "The trams return in 2027", {"verdict": "True",
                                                          "status": "final"}),
            ("fares", trams, "Fares will fall by half",
             {"verdict": "False", "claim_text": PLANTED, "rationale": "javascript:alert(2)"}),
            ("riders", trams, "Ridership doubled last year", {}),
        ):
            text = store.versions.current_version(article.id).text
            start = text.index(quote)
            ids[name] = store.claims.add_claim(article.id, start, start + len(quote), **fields).id
        store.sources.add_source(ids["c2027"], "https://council.example/minutes", title="Minutes")
        store.sources.add_source(ids["c2027"], "https://archive.example/plan", title="Plan")
        store.reviewer = "bob"
        text = store.versions.current_version(ferries.id).text
        start = text.index("The ferry runs hourly")
        ids["ferry"] = store.claims.add_claim(ferries.id, start, start + 21,
                                              verdict="Misleading").id
    return ids


@pytest.fixture
def library(db_path: Path) -> dict[str, str]:
    return build_library(db_path)


def answer(monkeypatch, window, choice: ExportChoice, out: Path) -> None:
    monkeypatch.setattr(type(window.exporting), "ask_export_choice", lambda self, initial: choice)
    monkeypatch.setattr(type(window.exporting), "ask_export_path", lambda self, suggested, fmt: out)


def csv_ids(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row["claim_id"] for row in csv.DictReader(handle)]


def test_every_format_of_the_current_article(open_window, monkeypatch, tmp_path: Path,
                                             library: dict[str, str]) -> None:
    window = open_window()
    window.library.select(library["trams"])
    assert window.workspace.article_id == library["trams"]
    notices: list[str] = []
    monkeypatch.setattr(type(window.messages), "show_notice",
                        lambda self, title, text: notices.append(text))
    written = {}
    for key, _text, suffix, *_ in FORMATS:
        out = tmp_path / f"out-{key}{suffix}"
        answer(monkeypatch, window, ExportChoice(key, "article"), out)
        written[key] = window.exporting.export(), out
    assert {k: n for k, (n, _) in written.items()} == {
        "csv": 3, "csv-sources": 3, "json": 3, "claimreview": 2, "html": 3, "pdf": 3}
    assert sorted(csv_ids(written["csv"][1])) == sorted(
        [library["c2027"], library["fares"], library["riders"]])
    with written["csv-sources"][1].open(encoding="utf-8-sig", newline="") as handle:
        per_source = list(csv.DictReader(handle))
    assert len(per_source) == 4  # two sources, then one row each for the others
    assert {r["source_url"] for r in per_source} >= {"https://council.example/minutes",
                                                     "https://archive.example/plan"}
    collection = json.loads(written["json"][1].read_text(encoding="utf-8"))
    assert collection["total"] == 3 and collection["type"] == "AnnotationCollection"
    reviews = json.loads(written["claimreview"][1].read_text(encoding="utf-8"))
    assert sorted(r["reviewRating"]["alternateName"] for r in reviews) == ["False", "True"]
    assert notices and "url" in notices[0]  # the ClaimReview warnings were shown
    html = written["html"][1].read_text(encoding="utf-8")
    assert "Trams return" in html and "<script>alert" not in html and "<img" not in html
    assert written["pdf"][1].read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.tmp*")) and not list(tmp_path.glob(".*"))


def test_scopes_selection_table_filter_and_library(open_window, monkeypatch, tmp_path: Path,
                                                   library: dict[str, str]) -> None:
    window = open_window()
    window.library.select(library["trams"])
    out = tmp_path / "out.csv"
    table = window.claims_table
    selection = table.view.selectionModel()
    selection.clearSelection()
    wanted = {library["c2027"], library["riders"]}
    for row in range(table.proxy.rowCount()):
        index = table.proxy.index(row, 0)
        if table.visible_ids()[row] in wanted:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    assert set(table.selected_ids()) == wanted
    assert window.exporting.export_scopes().selected == 2
    answer(monkeypatch, window, ExportChoice("csv", "selected"), out)
    assert window.exporting.export() == 2 and set(csv_ids(out)) == wanted

    table.verdict_filter.setCurrentIndex(table.verdict_filter.findData("False"))
    assert window.exporting.export_scopes().filter == 1
    answer(monkeypatch, window, ExportChoice("csv", "filter"), out)
    assert window.exporting.export() == 1 and csv_ids(out) == [library["fares"]]

    answer(monkeypatch, window, ExportChoice("csv", "library"), out)
    assert window.exporting.export() == 4 and len(csv_ids(out)) == 4
    assert window.exporting.export_scopes().library == 4


@pytest.mark.parametrize(("filters", "expected"), [
    ({"reviewer": "BOB"}, ["ferry"]),
    ({"status": "final"}, ["c2027"]),
    ({"verdict": "False"}, ["fares"]),
    ({"verdict": UNJUDGED_KEY}, ["riders"]),
    ({"since": "today", "until": "today"}, ["c2027", "fares", "riders", "ferry"]),
    ({"since": "tomorrow"}, []),
])
def test_library_filters(open_window, monkeypatch, tmp_path: Path, library: dict[str, str],
                         filters: dict[str, str], expected: list[str]) -> None:
    window = open_window()
    today = datetime.now(UTC).date()
    days = {"today": today.isoformat(), "tomorrow": (today + timedelta(days=1)).isoformat()}
    filters = {k: days.get(v, v) for k, v in filters.items()}
    out = tmp_path / "filtered.csv"
    answer(monkeypatch, window, ExportChoice("csv", "library", **filters), out)
    assert window.exporting.export() == len(expected)
    assert sorted(csv_ids(out)) == sorted(library[name] for name in expected)


def test_cancelling_a_large_export_leaves_no_file(open_window, monkeypatch, tmp_path: Path,
                                                  db_path: Path) -> None:
    with Store.open(db_path, reviewer="ann") as store:
        article = store.articles.add_article(NewArticle("Many", "Claim here. " * 1200))
        for n in range(900):
            store.claims.add_claim(article.id, n * 12, n * 12 + 10)
    window = open_window()
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    for fmt in ("csv", "html", "pdf"):
        answer(monkeypatch, window, ExportChoice(fmt, "library"), out_dir / f"big.{fmt}")
        QTimer.singleShot(0, lambda: [d.cancel() for d in window.findChildren(QProgressDialog)])
        assert window.exporting.export() is None
        assert list(out_dir.iterdir()) == []
        assert "cancelled" in window.statusBar().currentMessage()
    answer(monkeypatch, window, ExportChoice("csv", "library"), out_dir / "big.csv")
    assert window.exporting.export() == 900 and len(csv_ids(out_dir / "big.csv")) == 900


def test_pdf_loads_no_resource_named_in_the_text(open_window, monkeypatch, tmp_path: Path,
                                                 library: dict[str, str]) -> None:
    documents: list[pdf_report.InertDocument] = []
    real = pdf_report.write_pdf

    def keep(html: str, path: Path, **options: object) -> pdf_report.InertDocument:
        documents.append(real(html, path, **options))
        return documents[-1]

    monkeypatch.setattr(pdf_report, "write_pdf", keep)
    window = open_window()
    window.library.select(library["trams"])
    out = tmp_path / "report.pdf"
    answer(monkeypatch, window, ExportChoice("pdf", "article"), out)
    window.act.export_pdf.trigger()
    assert out.read_bytes()[:5] == b"%PDF-"
    document = documents[0]
    assert document.requested == []  # escaped: no <img> element ever existed
    assert PLANTED in document.toPlainText()  # shown as the text it is
    url = QUrl("file:///etc/hostname")
    assert document.resource(QTextDocument.ResourceType.ImageResource, url) is None


def test_the_inert_document_refuses_what_raw_html_asks_for() -> None:
    """Even markup we did not escape loads nothing: loadResource is asked and says no."""
    data, document = pdf_report.pdf_bytes(f"<p>before {PLANTED} after</p>")
    assert data.startswith(b"%PDF")
    assert "file:///etc/hostname" in document.requested
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_bytes().strip() not in data
    url = QUrl("file:///etc/hostname")
    assert document.resource(QTextDocument.ResourceType.ImageResource, url) is None


def test_the_export_dialog_offers_what_the_window_has(qtbot) -> None:
    scopes = ScopeInfo(article=3, selected=0, filter=2, library=9, article_title="Trams")
    dialog = ExportDialog(None, scopes, ["True", "False"],
                          ExportChoice("html", "selected", verdict="False"))
    qtbot.addWidget(dialog)
    assert not dialog.scope_buttons["selected"].isEnabled()  # nothing selected
    assert dialog.scope_buttons["article"].isChecked()  # the nearest scope that has claims
    assert "Trams" in dialog.scope_buttons["article"].text()
    assert dialog.format.currentData() == "html" and "self-contained" in dialog.format_help.text()
    dialog.scope_buttons["library"].setChecked(True)
    dialog.status.setCurrentIndex(dialog.status.findData("final"))
    dialog.reviewer.setText("  Ann   Lee ")
    dialog.dated.setChecked(True)
    dialog.since.setDate(dialog.until.date().addDays(3))  # the wrong way round: swapped
    choice = dialog.choice()
    assert (choice.format, choice.scope, choice.status, choice.verdict, choice.reviewer) == (
        "html", "library", "final", "False", "Ann Lee")
    assert choice.since is not None and choice.until is not None and choice.since < choice.until
    dialog.dated.setChecked(False)
    dialog.verdict.setCurrentIndex(0)
    assert not ExportChoice(**{**dialog.choice().__dict__, "status": None,
                               "reviewer": None}).filtered


def test_nothing_to_export_is_one_clear_message(open_window, monkeypatch, tmp_path: Path,
                                                library: dict[str, str]) -> None:
    window = open_window()
    errors: list[str] = []
    monkeypatch.setattr(type(window.messages), "show_error",
                        lambda self, title, text: errors.append(text))
    window.claims_table.select(None)
    answer(monkeypatch, window, ExportChoice("csv", "selected"), tmp_path / "x.csv")
    assert window.exporting.export() is None and "No claims are selected" in errors[0]
    answer(monkeypatch, window, ExportChoice("csv", "article"), tmp_path / "no" / "x.csv")
    assert window.exporting.export() is None and len(errors) == 2 and not (tmp_path / "no").exists()


def test_a_pdf_too_large_to_lay_out_is_refused_with_the_way_out(
        open_window, monkeypatch, tmp_path: Path, library: dict[str, str]) -> None:
    from factcheck_gui.ui.exporting import controller as export_actions

    monkeypatch.setattr(export_actions, "PDF_MAX_CLAIMS", 2)
    window = open_window()
    window.library.select(library["trams"])
    errors: list[str] = []
    monkeypatch.setattr(type(window.messages), "show_error",
                        lambda self, title, text: errors.append(text))
    out = tmp_path / "big.pdf"
    answer(monkeypatch, window, ExportChoice("pdf", "article"), out)
    assert window.exporting.export() is None
    assert "at most 2 claims" in errors[0] and "HTML report" in errors[0]
    assert not out.exists()
    answer(monkeypatch, window, ExportChoice("pdf", "article", verdict="True"), out)
    assert window.exporting.export() == 1 and out.read_bytes().startswith(b"%PDF")
