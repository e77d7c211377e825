"""Lines of a transcript that did not fit its format are kept, and the window says
which: in the details dialog of a single import and in a batch's summary."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.ui.dialogs.article_metadata import ArticleMetadataDialog
from factcheck_gui.ui.importing.batch_import import (
    IMPORTED_WITH_NOTES,
    ImportSummaryDialog,
    headline,
)
from factcheck_gui.ui.importing.notes import HEADLINE

ODD_LINE = "line 3: no speaker label (kept without a speaker)"


def write_transcript(folder: Path, name: str, *, odd: bool) -> Path:
    middle = "and then some more words\n" if odd else "STAHL: And the deficit?\n"
    path = folder / name
    path.write_text(f"STAHL: Hello there.\nTRUMP: We cut taxes by {len(name)} percent.\n"
                    f"{middle}TRUMP: Thank you.\n", encoding="utf-8")
    return path


def test_one_transcript_shows_its_odd_lines_in_the_details_dialog(
    open_window, qtbot, monkeypatch, tmp_path: Path
) -> None:
    window = open_window()
    notes: list[str | None] = []

    def ask(cls, parent, values, importing=None, note=None):
        notes.append(note)
        dialog = cls(parent, values, importing=importing, note=note)  # the real widgets
        qtbot.addWidget(dialog)
        shown = dialog.note.text()
        notes.append(shown)
        return dialog.values()

    monkeypatch.setattr(ArticleMetadataDialog, "ask", classmethod(ask))
    assert window.importing.import_articles([write_transcript(tmp_path, "talk.txt",
                                                              odd=True)]) == 1
    asked, shown = notes
    assert asked == shown == f"{HEADLINE}\n{ODD_LINE}"
    (summary,) = window.store.articles.list_articles()
    assert "and then some more words" in window.store.versions.current_version(summary.id).text


def test_a_transcript_that_fits_its_format_has_no_note(open_window, monkeypatch,
                                                       tmp_path: Path) -> None:
    window = open_window()
    notes: list[str | None] = []

    def ask(cls, parent, values, importing=None, note=None):
        notes.append(note)
        return dict(values)

    monkeypatch.setattr(ArticleMetadataDialog, "ask", classmethod(ask))
    assert window.importing.import_articles([write_transcript(tmp_path, "ok.txt",
                                                              odd=False)]) == 1
    assert notes == [None]


def test_a_batch_summary_names_the_files_with_odd_lines_and_the_lines(
    open_window, qtbot, tmp_path: Path, import_summaries: list
) -> None:
    window = open_window()
    odd = write_transcript(tmp_path, "odd.txt", odd=True)
    fine = write_transcript(tmp_path, "fine-one.txt", odd=False)
    assert window.importing.import_articles([odd, fine]) == 2
    (result,) = import_summaries
    assert [(i.path, i.notes) for i in result.imported] == [(odd, (ODD_LINE,)), (fine, ())]
    assert headline(result) == ("2 articles imported. 1 file had lines that did not fit"
                                " the format (kept as they are; see Details).")
    dialog = ImportSummaryDialog(window, result)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    outcome, details = rows["odd.txt"]
    assert outcome == IMPORTED_WITH_NOTES
    assert details.endswith(f"{HEADLINE} {ODD_LINE}")
    assert rows["fine-one.txt"][0] == "Imported"
    assert ODD_LINE in dialog.report_text()
