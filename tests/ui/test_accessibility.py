"""Every focusable control a screen reader reaches has a name.

The main window is walked in the states that show different controls (empty, a claim
open on each inspector tab, the save banner, the overview); every dialog class under
factcheck_gui/ui is found by import and opened with sample contents. A dialog class
added without an entry in DIALOGS fails `test_every_dialog_class_is_checked`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

import factcheck_gui.ui
from factcheck_gui.core.models import Claim
from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import WorkflowRules
from factcheck_gui.io.batch import BatchResult, Failed, Imported, Skipped
from factcheck_gui.io.w3c_import import ImportReport
from factcheck_gui.ui.article.versions_dialog import VersionsDialog
from factcheck_gui.ui.claims.deleted_claims_dialog import DeletedClaimsDialog
from factcheck_gui.ui.claims.find_claims_dialog import FindClaimsDialog
from factcheck_gui.ui.dialogs.annotation_import_summary import (
    ImportSummaryDialog as AnnotationSummaryDialog,
)
from factcheck_gui.ui.dialogs.article_metadata import ArticleMetadataDialog
from factcheck_gui.ui.dialogs.preferences import PreferencesDialog
from factcheck_gui.ui.dialogs.reading import ReadingDialog
from factcheck_gui.ui.dialogs.reviewer import ReviewerDialog
from factcheck_gui.ui.dialogs.shortcuts import ShortcutsDialog
from factcheck_gui.ui.edits.corrections import CorrectionNoteDialog
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.exporting.choice import ExportChoice, ScopeInfo
from factcheck_gui.ui.exporting.export_dialog import ExportDialog
from factcheck_gui.ui.importing.batch_import import ImportSummaryDialog as BatchSummaryDialog
from factcheck_gui.ui.inspector.sources_editor import SourceDialog
from factcheck_gui.ui.overview.window import OverviewWindow
from factcheck_gui.ui.review.compare_dialog import CompareDialog, JudgementDialog
from factcheck_gui.ui.review.pass_dialog import PassDialog
from factcheck_gui.ui.scales.editor import ScaleEditor
from factcheck_gui.ui.shell.reading import ReadingSettings
from factcheck_gui.ui.team.assign_dialog import AssignDialog
from factcheck_gui.ui.team.conflicts import ConflictsDialog
from factcheck_gui.ui.team.join_dialog import JoinTeamDialog
from factcheck_gui.ui.web.controller import UrlDialog
from factcheck_gui.ui.web.copy_dialog import CopyDialog
from tests.helpers.a11y import Control, focusable_controls, unnamed
from tests.helpers.dialog_samples import done_passes, kept_copy, open_pass
from tests.ui.claims.test_highlights_and_table import add_claims

Factory = Callable[[Store, Claim, Path], QWidget]


def compare_dialog(store: Store, claim: Claim, _p: Path) -> QWidget:
    done_passes(store, claim.article_id)
    dialog = CompareDialog(None, store, UndoController(store), claim.article_id)
    dialog.groups.selectRow(0)  # the group found by both: its claims side by side
    return dialog


def pass_dialog(store: Store, claim: Claim, _p: Path) -> QWidget:
    return PassDialog(None, store, UndoController(store), open_pass(store, claim.article_id))


def copy_dialog(store: Store, claim: Claim, _p: Path) -> QWidget:
    source, copy = kept_copy(store, claim)
    return CopyDialog(None, source, copy, highlight=(0, 10))


DIALOGS: dict[type, Factory] = {
    VersionsDialog: lambda store, claim, _: VersionsDialog(None, store, claim.article_id),
    DeletedClaimsDialog: lambda store, claim, _: DeletedClaimsDialog(None, store,
                                                                     claim.article_id),
    FindClaimsDialog: lambda store, _c, _p: FindClaimsDialog(store),
    AnnotationSummaryDialog: lambda _s, _c, tmp: AnnotationSummaryDialog(
        None, ImportReport(created=2, updated=1, skipped=1, messages=["annotation 4: no target"]),
        tmp / "backups" / "b.db"),
    ArticleMetadataDialog: lambda _s, _c, _p: ArticleMetadataDialog(
        None, {"title": "Trams", "outlet": "Courier", "published": "5 March 2024"},
        importing="trams.html", note="Found by the page reader"),
    PreferencesDialog: lambda store, _c, _p: PreferencesDialog(
        None, "Ann Lee", WorkflowRules(), "checks.db"),
    ReviewerDialog: lambda _s, _c, _p: ReviewerDialog(None, "Ann", first_run=True),
    ShortcutsDialog: lambda _s, _c, _p: ShortcutsDialog(
        None, [("New claim", "C", "article"), ("Undo", "Ctrl+Z", "anywhere")]),
    CorrectionNoteDialog: lambda _s, claim, _p: CorrectionNoteDialog(
        None, claim, "changing its verdict"),
    ExportDialog: lambda _s, _c, _p: ExportDialog(
        None, ScopeInfo(article=3, selected=1, filter=2, library=9, article_title="Trams"),
        ["True", "False"], ExportChoice("csv", "article")),
    BatchSummaryDialog: lambda store, claim, tmp: BatchSummaryDialog(None, BatchResult(
        imported=[Imported(tmp / "a.txt", store.articles.get_article(claim.article_id))],
        skipped=[Skipped(tmp / "b.txt", store.articles.get_article(claim.article_id))],
        failed=[Failed(tmp / "c.pdf", "c.pdf: no text found")])),
    SourceDialog: lambda _s, _c, _p: SourceDialog(),
    ScaleEditor: lambda store, _c, _p: ScaleEditor(
        store.scales.active_scale(), store.scales.verdict_usage(),
        lambda s, m: store.scales.plan_scale_change(s, mapping=m)),
    ReadingDialog: lambda _s, _c, _p: ReadingDialog(None, ReadingSettings()),
    CompareDialog: compare_dialog,
    JudgementDialog: lambda store, _c, _p: JudgementDialog(
        None, store.scales.active_scale(), "False", "The operator's figure is 16%."),
    PassDialog: pass_dialog,
    # A database that has not joined a team has no conflicts (making one takes a team
    # server): the empty table and the disabled Keep and Switch are checked.
    ConflictsDialog: lambda store, _c, _p: ConflictsDialog(store, lambda _c, _s: False),
    JoinTeamDialog: lambda _s, _c, tmp: JoinTeamDialog(tmp / "checks.db"),
    AssignDialog: lambda _s, _c, _p: AssignDialog(
        "the article", [("rita", "reviewer"), ("alice", "editor")], "rita"),
    UrlDialog: lambda _s, _c, _p: UrlDialog(None),
    CopyDialog: copy_dialog,
}
# Windows of their own that are not dialogs.
WINDOWS: dict[type, Factory] = {
    OverviewWindow: lambda store, _c, _p: OverviewWindow(store),
}


def dialog_classes() -> set[type]:
    """Every QDialog subclass defined under factcheck_gui/ui (bases marked ABSTRACT aside)."""
    for info in pkgutil.walk_packages(factcheck_gui.ui.__path__, "factcheck_gui.ui."):
        importlib.import_module(info.name)
    found: set[type] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("factcheck_gui.ui.") and not cls.__dict__.get("ABSTRACT"):
            found.add(cls)
    return found


def test_every_dialog_class_is_checked() -> None:
    assert dialog_classes() == set(DIALOGS)


@pytest.fixture
def claimed(tmp_path: Path):
    store = Store.open(tmp_path / "checks.db", reviewer="ann")
    ids = add_claims(store)
    yield store, store.claims.get_claim(next(iter(ids.values())))
    store.close()


CHECKED: dict[str, int] = {}


def assert_named(controls: list[Control], where: str) -> None:
    CHECKED[where] = len(controls)
    assert controls, f"{where}: no focusable control found (is it shown?)"
    assert not unnamed(controls), f"{where}: focusable controls without a name"


@pytest.mark.parametrize("cls", list(DIALOGS) + list(WINDOWS), ids=lambda c: c.__name__)
def test_dialog_controls_have_names(qtbot, claimed, tmp_path: Path, cls: type) -> None:
    store, claim = claimed
    widget = {**DIALOGS, **WINDOWS}[cls](store, claim, tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert_named(focusable_controls(widget), f"{cls.__module__}.{cls.__name__}")


def test_main_window_controls_have_names(open_window, db_path: Path, qtbot) -> None:
    store = Store.open(db_path, reviewer="ann")
    ids = add_claims(store)
    store.close()
    window = open_window()
    claim_id = next(iter(ids.values()))
    seen: list[Control] = []
    window.library_list.open_claim(window.store.claims.get_claim(claim_id).article_id, claim_id)
    tabs = window.inspector.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        controls = focusable_controls(window)
        assert_named(controls, f"main window, claim open, {tabs.tabText(index)} tab")
        seen += controls
    window.banner.show_problem("the disk is full", can_retry=True)
    controls = focusable_controls(window)
    assert_named(controls, "main window, save banner")
    seen += controls
    distinct = {id(c.widget) for c in seen}
    CHECKED["main window (distinct)"] = len(distinct)


def test_empty_window_controls_have_names(open_window) -> None:
    window = open_window()
    assert window.stack.currentWidget() is window.empty_state
    assert_named(focusable_controls(window), "main window, empty library")
    # How many were checked, for whoever runs this file alone with -s.
    print(f"accessible names checked: {CHECKED}")
