"""The window and the web: File > Open URL…, Article > Update from URL, kept copies of
sources (fetched in the background when a source is added), Sources > Check Links and
Retry Failed Copies, Claim > Find Quote in Sources.

Every fetch runs off the GUI thread (ui/web/background.py); results are written on
the GUI thread. No network means a clear message and a failed copy kept with its
reason, to be retried later; the window never waits on the network. Copies that
failed because nothing answered (offline, server down) are tried again by themselves:
on a timer that waits longer after each miss (RETRY_MINUTES), and at once after any
fetch that worked. Refusals (4xx, a page that is not text, too large) wait for the
user's Sources > Retry Failed Copies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import Source
from factcheck_gui.core.store.web_queue import RETRY_MINUTES
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.web.offline_queue import OfflineQueue
from factcheck_gui.ui.widgets.announce import announce

if TYPE_CHECKING:
    from factcheck_gui.core.models import LinkCheck, NewArticle
    from factcheck_gui.io.web_import import WebAddress
    from factcheck_gui.ui.article.versions import VersionsController
    from factcheck_gui.ui.claims.claims_table import ClaimsTable
    from factcheck_gui.ui.importing.articles import ArticleImportController
    from factcheck_gui.ui.inspector.inspector import Inspector
    from factcheck_gui.ui.web.background import Background

__all__ = ["RETRY_MINUTES", "UrlDialog", "WebController", "web_addresses"]

#: What a link check found, as the window says it (the states are data).
LINK_STATES = {"ok": QT_TRANSLATE_NOOP("Web", "ok"), "moved": QT_TRANSLATE_NOOP("Web", "moved"),
               "changed": QT_TRANSLATE_NOOP("Web", "changed"),
               "gone": QT_TRANSLATE_NOOP("Web", "gone"),
               "unreachable": QT_TRANSLATE_NOOP("Web", "unreachable")}


def link_state(state: str) -> str:
    text = LINK_STATES.get(state)
    return translate("Web", text) if text else state


def local_date(stamp: str | None) -> str:
    """The day of an ISO time stamp in the user's locale ("" when there is none)."""
    day = QDate.fromString((stamp or "")[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else (
        stamp or "")[:10]


def set_keep_copy_preference(on: bool) -> None:
    from factcheck_gui.ui.inspector.sources_editor import KEEP_COPY_KEY  # (with the form)

    QSettings().setValue(KEEP_COPY_KEY, on)


def web_addresses(text: str) -> list[WebAddress]:
    """The lines of `text` that are web addresses; [] unless every non-blank line is one."""
    from factcheck_gui.io.web_import import WebAddress, is_web_address

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not all(is_web_address(line) and " " not in line for line in lines):
        return []
    return [WebAddress(line) for line in lines]


class UrlDialog(QDialog):
    """Web addresses, one a line."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Web", "Open URL"))
        label = QLabel(translate("Web", "Web addresses of articles, one a line (http:// or"
                                 " https://):"))
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(translate("Web", "https://…", "an example address"))
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(translate("Web", "Web addresses"))
        self.edit.setAccessibleDescription(translate("Web", "One a line, starting with http://"
                                                     " or https://"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (label, self.edit, self.error, buttons):
            layout.addWidget(widget)
        self.resize(560, 240)

    def accept(self) -> None:
        if not web_addresses(self.edit.toPlainText()):
            self.error.setText(translate("Web", "Each line must be one address starting with"
                                         " http:// or https://."))
            self.error.show()
            announce(self.error, self.error.text(), urgent=True)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: Any) -> list[WebAddress]:
        """The addresses given, or [] if cancelled. Tests replace this."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return web_addresses(dialog.edit.toPlainText())


class WebController(QObject):
    def __init__(self, ws: Workspace, messages: Messages, registry: ActionRegistry,
                 importing: ArticleImportController, versions: VersionsController,
                 inspector: Inspector, table: ClaimsTable) -> None:
        super().__init__(messages.parent)
        self.ws, self.messages, self.registry = ws, messages, registry
        self.importing, self.versions, self.inspector = importing, versions, inspector
        self.table = table
        #: Copies being fetched in the background, by source id.
        self.fetching: dict[str, Background] = {}
        #: Copies and checks that got no answer, tried again by themselves (also after
        #: a restart: the queue is in the database).
        self.queue = OfflineQueue(ws, messages, self.keep_copy, self.fetching, self)
        shown = ws.has_article
        registry.declare([
            ActionSpec("open_url", translate("Web", "Open &URL…"), lambda: self.open_urls(),
                       ("Ctrl+Shift+O",),
                       translate("Web", "Import articles from their web addresses (one a line)"),
                       menus=(Place("file", 2, 5),), writes=True),
            ActionSpec("update_from_url", translate("Web", "Update from &URL"),
                       self.update_from_url, (),
                       translate("Web", "Fetch this article again from its web address; a"
                                 " changed text becomes a new version and its claims follow"),
                       menus=(Place("article", 2, 4),), when=shown, writes=True),
            ActionSpec("check_links", translate("Web", "Check &Links"), self.check_links, (),
                       translate("Web", "Fetch every source's address again: ok, moved,"
                                 " changed, gone or unreachable"),
                       menus=(Place("sources", 1, 1),), writes=True),
            ActionSpec("retry_copies", translate("Web", "Retry Failed &Copies"),
                       self.retry_failed_copies, (),
                       translate("Web", "Try again to keep copies of the sources whose pages"
                                 " could not be fetched"),
                       menus=(Place("sources", 1, 2),), writes=True),
            ActionSpec("find_in_sources", translate("Web", "Find &Quote in Sources"),
                       self.find_quote, (),
                       translate("Web",
                                 "Look for the selected claim's quote in its sources' kept copies"),
                       menus=(Place("sources", 2, 1),), when=ws.has_selection),
        ])
        inspector.on_form(self._wire_sources)
        table.link_trouble = self.claims_with_link_trouble

    def _wire_sources(self) -> None:
        self.inspector.sources.web_info = self.source_notes
        self.inspector.sources.copy_requested.connect(self.show_or_fetch_copy)

    # -- articles -------------------------------------------------------------------------
    def open_urls(self, urls: list[WebAddress] | None = None) -> int:
        """Import articles from web addresses as a batch (progress, Cancel, summary)."""
        urls = UrlDialog.ask(self.messages.parent) if urls is None else urls
        if not urls or not self.inspector.flush():
            return 0
        imported = len(self.importing.import_batch(list(urls)).imported)
        if imported:
            self.network_is_back()
        return imported

    def update_from_url(self) -> bool:
        from factcheck_gui.core.textclean import article_text
        from factcheck_gui.io.web_import import fetch_article
        from factcheck_gui.io.web_update import article_address

        article_id = self.ws.article_id
        if article_id is None:
            return False
        try:
            url = article_address(self.ws.store, article_id)
        except FactcheckError as error:
            self.messages.show_error(translate("Web", "Cannot update from the web"), str(error))
            return False
        from factcheck_gui.ui.web.background import run_modal  # its thread pool, on first use

        result = run_modal(self.messages.parent, translate("Web", "Update from URL"),
                           translate("Web", "Fetching {url}…").format(url=url),
                           lambda cancel: fetch_article(url, cancel=cancel))
        if isinstance(result, BaseException):
            self.messages.show_error(translate("Web", "Cannot update from the web"),
                                     _one_line(result))
            return False
        new: NewArticle = result
        text = article_text(new.text)
        if text == self.ws.store.versions.current_version(article_id).text:
            self.messages.show_notice(
                translate("Web", "Nothing Changed"),
                translate("Web", "The page at {url} has the same text as the article.").format(
                    url=url))
            return False
        self.network_is_back()
        final = new.fetched.final_url if new.fetched else url
        return self.versions.store_new_text(text, translate("Web", "updated from {url}").format(
                                                url=final), translate("Web", "Update from URL"),
                                            fetched=new.fetched)

    # -- copies of sources ---------------------------------------------------------------
    def keep_copy(self, source_id: str, url: str) -> Background | None:
        """Fetch a source's page in the background and keep it (or why it failed)."""
        from factcheck_gui.io.source_copies import fetch_copy
        from factcheck_gui.ui.web.background import Background

        if source_id in self.fetching or self.ws.store.read_only:
            return None
        work = Background(lambda cancel: fetch_copy(source_id, url, cancel=cancel), self)
        self.fetching[source_id] = work
        store = self.ws.store
        work.finished.connect(lambda result: self._copy_fetched(store, source_id, url, result))
        self.inspector.refresh_source_notes()
        return work.start()

    def _copy_fetched(self, store: Any, source_id: str, url: str, result: object) -> None:
        from factcheck_gui.io.source_copies import FetchedCopy, store_copy

        work = self.fetching.pop(source_id, None)
        if work is not None:
            work.deleteLater()
        if store is not self.ws.store or store.closed:
            return  # another database was opened meanwhile: its sources are not these
        outcome = result if isinstance(result, FetchedCopy) else FetchedCopy(
            source_id, url, reason=_one_line(result))
        try:
            copy = store_copy(store, outcome)
        except FactcheckError as error:
            self.messages.status(translate("Web", "The copy of {url} could not be saved: {error}"
                                           ).format(url=url, error=error), 8000)
            return
        self._after_copy(store, source_id, url, outcome.kind if copy.error else "")
        if copy.error and not copy.kept and source_id in self.waiting:
            self.messages.status(translate("Web", "No copy kept of {url}: {error}. It is tried"
                                           " again by itself when the network is back.").format(
                                               url=url, error=copy.error), 10000)
        elif copy.error and not copy.kept:
            self.messages.status(translate("Web", "No copy kept of {url}: {error}. Sources >"
                                           " Retry Failed Copies tries again.").format(
                                               url=url, error=copy.error), 10000)
        elif copy.error:
            self.messages.status(copy.error, 10000)
        else:
            self.messages.status(translate("Web", "Copy kept of {url}").format(url=url), 4000)
        self.inspector.refresh_source_notes()

    def _after_copy(self, store: object, source_id: str, url: str, failure: str) -> None:
        """An unreachable copy waits in the queue (the store put it there); a fetch that
        worked means the network is back: the queue is tried at once."""
        self.queue.after_copy(failure)

    @property
    def waiting(self) -> dict[str, str]:
        """Copies waiting for the network: url by source id."""
        return self.queue.copies

    @property
    def retry_timer(self) -> Any:
        return self.queue.timer

    def network_is_back(self) -> None:
        """A fetch worked: wait the shortest time again and try the queue now."""
        self.queue.network_is_back()

    def retry_waiting(self) -> int:
        """Fetch the queued copies and checks again (in the background)."""
        return self.queue.run()

    def source_added(self, source_id: str, url: str, keep: bool) -> None:
        """After Add Source: remember the choice, and fetch the copy when asked."""
        set_keep_copy_preference(keep)
        if keep:
            self.keep_copy(source_id, url)

    def retry_failed_copies(self) -> int:
        failed = list((dict(self.ws.store.web.failed_copies()) | self.waiting).items())
        if not failed:
            self.messages.show_notice(translate("Web", "Retry Failed Copies"),
                                      translate("Web", "Every source that was fetched has its"
                                                " copy; nothing to retry."))
            return 0
        for source_id, url in failed:
            self.keep_copy(source_id, url)
        count = len(failed)
        self.messages.status(translate("Web", "Fetching %n page(s) again…", None, count), 4000)
        return len(failed)

    def show_or_fetch_copy(self, source: Source) -> None:
        from factcheck_gui.ui.web.copy_dialog import CopyDialog

        copy = self.ws.store.web.copy_of(source.id)
        if copy is not None and copy.kept:
            CopyDialog.show_copy(self.messages.parent, source, copy)
        else:
            self.keep_copy(source.id, source.url)

    def source_notes(self, source_ids: list[str]) -> dict[str, str]:
        """What the inspector shows under each source: its copy and its last check."""
        store = self.ws.store
        if store.closed:
            return {}
        copies, checks = store.web.copies_of(source_ids), store.web.checks_of(source_ids)
        notes = {}
        for source_id in source_ids:
            bits = []
            copy, check = copies.get(source_id), checks.get(source_id)
            if source_id in self.fetching:
                bits.append(translate("Web", "fetching a copy…"))
            elif copy is not None and copy.kept:
                bits.append(translate("Web", "copy kept {date}").format(
                    date=local_date(copy.fetched_at)))
            elif copy is not None:
                bits.append(translate("Web", "no copy: {error}").format(error=copy.error))
            if check is not None and check.state != "ok":
                bits.append(translate("Web", "link {state} {date}").format(
                    state=link_state(check.state), date=local_date(check.checked_at)))
            if bits:
                notes[source_id] = " · ".join(bits)
        return notes

    def find_quote(self) -> bool:
        from factcheck_gui.core.source_quotes import quote_in_sources
        from factcheck_gui.ui.web.copy_dialog import CopyDialog

        claim_id = self.ws.selected_claim_id
        if claim_id is None:
            return False
        store = self.ws.store
        claim = store.claims.get_claim(claim_id)
        sources = store.sources.list_sources(claim_id)
        found = quote_in_sources(claim.quote, sources, store.web.copies_of(s.id for s in sources))
        if not found:
            self.messages.show_notice(
                translate("Web", "Not Found in the Sources"),
                translate("Web", "The claim's quote is not in the kept copies of its sources.")
                if sources else translate("Web", "The claim's quote is not in the kept copies of"
                                          " its sources (it has no sources yet)."))
            return False
        best = found[0]
        number = QLocale().toString(best.number)
        if best.exact:
            found_text = translate("Web", "Found in source {number}").format(number=number)
        else:
            found_text = translate("Web", "Found in source {number} (a close match, {score}"
                                   " alike)").format(number=number, score=QLocale().toString(
                                       float(best.score), "g", 6) + QLocale().percent())
        self.messages.status(found_text, 8000)
        copy = store.web.copy_of(best.source.id)
        assert copy is not None
        CopyDialog.show_copy(self.messages.parent, best.source, copy, (best.start, best.end))
        return True

    # -- link checks ------------------------------------------------------------------------
    def check_links(self, *, per_host_delay: float | None = None) -> list[LinkCheck]:
        from factcheck_gui.io import link_check
        from factcheck_gui.ui.web.background import run_modal

        store = self.ws.store
        pairs = store.web.sources_to_check()
        if not pairs:
            self.messages.show_notice(translate("Web", "Check Links"),
                                      translate("Web", "No claim has a source yet."))
            return []
        targets = link_check.targets_of(pairs, store.web.copies_of(s for s, _ in pairs))
        options: dict[str, Any] = {} if per_host_delay is None else {
            "per_host_delay": per_host_delay}
        count = len(targets)
        result = run_modal(self.messages.parent, translate("Web", "Check Links"),
                           translate("Web", "Checking %n source address(es)…", None, count),
                           lambda cancel: link_check.check_links(targets, cancel=cancel, **options))
        if isinstance(result, BaseException):
            self.messages.show_error(translate("Web", "Check Links failed"), _one_line(result))
            return []
        checks: list[LinkCheck] = result
        try:
            store.web.record_checks(checks)
        except FactcheckError as error:
            self.messages.show_error(translate("Web", "Cannot save the link check"), str(error))
            return checks
        counts = {state: sum(c.state == state for c in checks)
                  for state in ("ok", "moved", "changed", "gone", "unreachable")}
        separator = translate("Web", ", ", "between the parts of a list")
        summary = separator.join(
            translate("Web", "{count} {state}", "a number of links in a state").format(
                count=QLocale().toString(n), state=link_state(state))
            for state, n in counts.items() if n)
        self.messages.status(translate("Web", "Checked {checked} of %n link(s): {summary}", None,
                                       count).format(checked=QLocale().toString(len(checks)),
                                                     summary=summary), 10000)
        self.queue.after_checks(any(c.kind != "unreachable" for c in checks))
        self.inspector.refresh_source_notes()
        self.table.refilter()
        return checks

    def claims_with_link_trouble(self) -> set[str]:
        store = self.ws.store
        return set() if store.closed else store.web.claims_with_link_state(["gone", "changed"])


def _one_line(error: object) -> str:
    text = str(error) or type(error).__name__
    if isinstance(error, FactcheckError):
        return text
    return translate("Web", "unexpected {error}").format(error=text)

