"""Article and user text is data: no widget renders it as markup or loads what it names.

Qt guesses at rich text in tooltips and in labels left on AutoText, and its text
documents load images named in HTML from disk on their own (docs/decisions.md). Every
piece of text below names a local file; none of it may be interpreted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.ui.article.highlight import claims_tooltip

LOCAL = "file:///etc/hostname"
IMG = f'<img src="{LOCAL}">'
HOSTILE_TEXT = (
    f"{IMG} The mayor said <b>fares</b> rose 12% <script>alert(1)</script> last year.\n\n"
    f'<a href="javascript:alert(1)">Read more</a> and <img src="http://evil.example/x.png">'
)


def _hostile_database(db_path: Path) -> str:
    with Store.open(db_path, reviewer=f"<i>{IMG}</i>") as store:
        article = store.articles.add_article(NewArticle(
            title=f"{IMG} Headline <b>bold</b>", text=HOSTILE_TEXT,
            outlet='<a href="javascript:alert(1)">Outlet</a>', author=IMG))
        # The store refuses a file: URL now; a database from before may hold one.
        store.connection.execute("UPDATE articles SET url = ? WHERE id = ?", (LOCAL, article.id))
        claim = store.claims.add_claim(article.id, 0, HOSTILE_TEXT.index("last year"),
                                       claim_text=f"{IMG} claim", claimant=IMG,
                                       rationale=f"{IMG}\n<script>x</script>")
        store.sources.add_source(claim.id, "https://example.org/a", title=IMG, note=IMG,
                                 publisher=IMG)
        return claim.id


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # list models keep columnCount private in PySide6
        columns = 1
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            # Item views draw DisplayRole as plain text; tooltips guess at markup.
            value = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(value, str):
                texts.append(value)
    return texts


def _interpreted(text: str) -> bool:
    """True when Qt would render `text` as rich text with a live <img> or <a> in it."""
    return QtGui.Qt.mightBeRichText(text) and ("<img" in text or "<a " in text or "<script" in text)


def test_no_widget_interprets_or_loads_article_content(open_window, db_path: Path) -> None:
    claim_id = _hostile_database(db_path)
    window = open_window()
    window.claims.select_claim(claim_id)

    for label in window.findChildren(QLabel):
        if "<img" in label.text() or "<a " in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    for view in window.findChildren(QAbstractItemView):
        for text in _model_texts(view):
            assert not _interpreted(text), text
    for action in window.findChildren(QAction):
        assert not _interpreted(action.toolTip()), action.toolTip()
    assert not _interpreted(claims_tooltip([window.store.claims.get_claim(claim_id)]))

    pane = window.article_view.pane
    assert IMG in pane.toPlainText()  # shown literally, as text
    for edit in window.findChildren(QTextEdit):
        document = edit.document()
        # (document.resource() would itself fetch the file: look at formats instead.)
        assert not _image_fragments(document), edit.objectName()
        assert "<img" not in document.toHtml().replace("&lt;img", "")


def _image_fragments(document: QTextDocument) -> list[str]:
    """Names of images placed in the document (what Qt would load)."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return found
