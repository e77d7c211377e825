"""Render the History tab and the Deleted Claims dialog offscreen into docs/.

    python scripts/screenshot_history.py          # light
    python scripts/screenshot_history.py --dark   # dark

Three reviewers edit the sample's claims (a long rationale, sources, a span, a
deletion) in a throw-away database, as a team would over a day.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshot import SIZE, add_claims, dark_palette, save_png, settle

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.claims.deleted_claims_dialog import DeletedClaimsDialog

REVISED = (
    "Harbourline's own fare history (Table 2) shows a 25% rise in 1991, from 40p to 50p,"
    " which is larger than today's 18%. The claim holds only if one counts from the 1994"
    " simplification of fares; the press release does not say so. Checked against the"
    " Courier's report of April 1991 and the council minutes of 13 October 2026."
)


def team_edits(path: Path, claim_id: str, article_id: str) -> None:
    """What bob and cy do after ann marked the claims (a correction last)."""
    with Store.open(path, reviewer="bob") as bob:
        bob.claims.update_claim(claim_id, verdict="Mostly false")
        bob.claims.update_claim(claim_id, rationale=REVISED)
        first = bob.sources.list_sources(claim_id)[0]
        bob.sources.update_source(first.id, title="Harbourline fare history 1987-2026 (PDF)")
        claims = bob.claims.list_claims(article_id)
        bob.claims.delete_claim(next(c.id for c in claims if c.quote.startswith("grown by 200%")))
    with Store.open(path, reviewer="cy") as cy:
        claim = cy.claims.get_claim(claim_id)
        text = cy.versions.current_version(article_id).text
        cy.claims.set_claim_span(claim_id, claim.start, text.index(" in 1987", claim.start))
        sources = cy.sources.list_sources(claim_id)
        cy.sources.move_source(sources[-1].id, 0)
        cy.claims.update_claim(claim_id, status="final")
        claims = cy.claims.list_claims(article_id)
        victim = next(c for c in claims if c.quote.startswith("the price of diesel"))
        cy.sources.add_source(victim.id, "https://example.org/fuel-prices",
                              title="Fuel price index")
        cy.claims.delete_claim(victim.id)
    with Store.open(path, reviewer="bob") as bob:  # a correction, after it went final
        bob.claims.update_claim(claim_id, verdict="False", correction_note=(
            "The 1991 rise (25%) is in Harbourline's own table; the claim is false as"
            " worded, not mostly false."))



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    suffix = "-dark" if args.dark else ""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if args.dark else app.style().standardPalette())
        path = Path(tmp) / "library.db"
        with Store.open(path, reviewer="ann") as ann:
            article = add_sample_article(ann)
            selected = add_claims(ann, article.id)
        team_edits(path, selected, article.id)
        store = Store.open(path, reviewer="ann")
        try:
            window = create_main_window(store)
            window.resize(*SIZE)
            window.show()
            settle(app)
            window.claims.select_claim(selected, scroll=True)
            window.history.show_claim_history()
            settle(app)
            save_png(window.grab(), out / f"screenshot-history{suffix}.png")
            dialog = DeletedClaimsDialog(window, store, article.id)
            dialog.show()
            settle(app)
            save_png(dialog.grab(), out / f"screenshot-deleted-claims{suffix}.png")
            dialog.close()
            window.disconnect_store()
            window.close()
        finally:
            store.close()
    print(out)


if __name__ == "__main__":
    main()
