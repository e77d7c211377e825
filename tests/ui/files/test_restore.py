"""File > Restore from Backup: the window swaps in a checked backup and keeps going."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import backups_folder


def _titles(window) -> list[str]:
    return sorted(a.title for a in window.store.articles.list_articles())


def test_restore_puts_the_backup_in_place_and_keeps_the_current_file(
        open_window, db_path: Path, monkeypatch) -> None:
    window = open_window()
    window.store.articles.add_article(NewArticle(title="Kept", text="Before the backup."))
    backup = window.store.backup(db_path.parent / "manual-backup.db")
    window.store.articles.add_article(NewArticle(title="Later", text="After the backup."))
    monkeypatch.setattr(window.restoring, "ask_backup_path", lambda: backup)
    monkeypatch.setattr(window.restoring, "confirm_restore", lambda path: True)

    assert window.restoring.restore_backup()

    assert _titles(window) == ["Kept"]
    kept = list(backups_folder(db_path).glob("*before-restore*"))
    assert len(kept) == 1  # the state just before the restore is not lost
    window.store.articles.add_article(NewArticle(title="After restore", text="Still writable."))
    assert _titles(window) == ["After restore", "Kept"]


def test_a_damaged_backup_is_refused_and_nothing_changes(
        open_window, db_path: Path, monkeypatch) -> None:
    window = open_window()
    window.store.articles.add_article(NewArticle(title="Current", text="The open database."))
    junk = db_path.parent / "junk.db"
    junk.write_text("not a database at all")
    errors: list[str] = []
    monkeypatch.setattr(window.restoring, "ask_backup_path", lambda: junk)
    monkeypatch.setattr(window.restoring, "confirm_restore", lambda path: True)
    monkeypatch.setattr(window.messages, "show_error",
                        lambda title, message: errors.append(message))

    assert not window.restoring.restore_backup()

    assert errors and "not a Factcheck database" in errors[0]
    assert _titles(window) == ["Current"]


def test_cancelling_changes_nothing(open_window, db_path: Path, monkeypatch) -> None:
    window = open_window()
    backup = window.store.backup(db_path.parent / "b.db")
    window.store.articles.add_article(NewArticle(title="Current", text="The open database."))
    monkeypatch.setattr(window.restoring, "ask_backup_path", lambda: backup)
    monkeypatch.setattr(window.restoring, "confirm_restore", lambda path: False)
    assert not window.restoring.restore_backup()
    assert _titles(window) == ["Current"]
