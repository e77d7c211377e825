"""The window takes the scheduled backup when it closes, and a failure only logs."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui import app
from factcheck_gui.core.errors import DatabaseError
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store, backups_folder


def test_scheduled_backup_on_close(tmp_path: Path, monkeypatch, caplog) -> None:
    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        store.articles.add_article(NewArticle(title="T", text="Some text here."))
        app._scheduled_backup(store)
        app._scheduled_backup(store)  # not due again the same day
        made = list(backups_folder(db).iterdir())
        assert len(made) == 1 and "-auto-" in made[0].name

        def broken(*args, **kwargs):
            raise DatabaseError("disk gone")

        monkeypatch.setattr("factcheck_gui.core.backups.backup_if_due", broken)
        app._scheduled_backup(store)
    assert "the scheduled backup failed: disk gone" in caplog.text
