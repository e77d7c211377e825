"""Render the HTML and PDF reports of a demo database to docs/report-example.png,
docs/report-pdf-page.png (the PDF's first page: summary and contents) and
docs/report-pdf-article.png (its second: the first article).

    python scripts/report_screenshot.py [--html OUT.html] [--png OUT.png] [--pdf OUT.pdf]

Builds a throw-away database with the sample article and a few judged claims
(with sources, an overlap, and a hostile-looking claim to show it stays inert)
plus a short second article (so the report has a table of contents), writes the
reports, and asks headless Chromium for a screenshot of the HTML (install it with
`apt-get install chromium`) and pdftoppm for the PDF's pages (`apt-get install
poppler-utils`). Nothing of the user's is read or changed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck_gui.core.models import NewArticle  # noqa: E402
from factcheck_gui.core.store import Store  # noqa: E402
from factcheck_gui.io.html_report import export_html_report  # noqa: E402
from factcheck_gui.sample import add_sample_article  # noqa: E402

CLAIMS = [
    ("The rise of 18% is the largest since the network was brought into municipal ownership "
     "in 1987", "Mostly true", "final", "Harbourline Transit",
     "The 2009 rise was 17.6%, so the claim holds, but only just: the company's own table "
     "rounds both to 18%.",
     [("https://example.org/harbourline/annual-report-2025", "Annual report 2025",
       "Harbourline Transit", "supports")]),
    ("the price of diesel has gone up by a third", "Misleading", "final", "Dominic Ashgrove",
     "Diesel rose 33% from its 2023 low, but is 9% below its 2022 peak, which the company "
     "leaves out.",
     [("https://example.org/fuel-prices/2023-2026", "Road fuel prices, weekly", "Energy office",
       "context")]),
    ("Harbourline's electric fleet had grown by 200% in the past twelve months", "Misleading",
     "needs-review", "Dominic Ashgrove",
     "Technically right (two buses to six), but six of 164 vehicles is under 4% of the fleet.",
     [("https://example.org/harbourline/fleet", "Fleet list", "Harbourline Transit", "context")]),
    ("electric fleet had grown", None, "in-progress", None, None, []),
    ("14.2 million passenger journeys in 2025, compared with 17.9 million in 2019", "True",
     "final", "Harbourline Transit", "Matches the annual reports for both years.",
     [("https://example.org/harbourline/annual-report-2025", "Annual report 2025", None,
       "supports"),
      ("https://example.org/harbourline/annual-report-2019", "Annual report 2019", None,
       "supports")]),
    ("a 10% rise in fares leads to a fall in journeys of roughly 3 to 4%", "Mostly true",
     "final", "Dr Inés Carvalho",
     "The usual short-run elasticity is -0.3 to -0.4; <script>alert('not run')</script> "
     "long-run effects are larger.",
     [("https://example.org/transport-elasticities", "Fare elasticities review", None,
       "supports")]),
    ("Around 38% of Saltmere households do not have access to a car or van", "False",
     "final", "Dr Inés Carvalho", "The 2021 census gives 31%.",
     [("https://example.org/census-2021/cars", "Car or van availability", "Census office",
       "refutes")]),
]


SECOND = NewArticle(
    title="Ferry timetable cut to hourly from March",
    outlet="The Harbour Courier", published="2026-10-20",
    text="Ferry timetable cut to hourly from March\n\nThe harbour ferry will run once an hour "
         "instead of every 40 minutes from 1 March, the operator said. The ferry carried "
         "1.2 million passengers last year, a record.\n\nThe council said the change would "
         "save £400,000 a year.")


def build(db: Path) -> Store:
    store = Store.open(db, reviewer="Sam Reviewer")
    article = add_sample_article(store)
    text = store.versions.current_version(article.id).text
    for quote, verdict, status, claimant, rationale, sources in CLAIMS:
        start = text.find(quote)
        if start < 0:
            raise SystemExit(f"quote not found in the sample article: {quote!r}")
        with store.batch():  # a final claim's sources count (workflow rules, at commit)
            claim = store.claims.add_claim(article.id, start, start + len(quote), verdict=verdict,
                                           status=status, claimant=claimant, rationale=rationale)
            for url, title, publisher, stance in sources:
                store.sources.add_source(claim.id, url, title=title, publisher=publisher,
                                         stance=stance, accessed="2026-10-20")
    ferry = store.articles.add_article(SECOND)
    quote = "The ferry carried 1.2 million passengers last year, a record."
    start = SECOND.text.index(quote)
    store.claims.add_claim(ferry.id, start, start + len(quote), verdict="True",
                           status="in-progress", rationale="The operator's annual figures.")
    return store


def screenshot(html: Path, png: Path, *, width: int = 1200, height: int = 2000) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--hide-scrollbars",
         f"--screenshot={png}", f"--window-size={width},{height}", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="also keep the report here")
    parser.add_argument("--png", type=Path, default=ROOT / "docs" / "report-example.png")
    parser.add_argument("--height", type=int, default=2000)
    parser.add_argument("--pdf", type=Path, help="also keep the PDF here")
    parser.add_argument("--pdf-png", type=Path, default=ROOT / "docs" / "report-pdf-page.png",
                        help="the PDF's first page as PNG (the second goes beside it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = build(Path(folder) / "demo.db")
        html = args.html or Path(folder) / "report.html"
        pdf = args.pdf or Path(folder) / "report.pdf"
        with store:
            export_html_report(store.reports.report_rows(), html,
                               article_text=lambda a: store.versions.current_version(a.id),
                               scale=store.scales.active_scale(),
                               title="Saltmere bus fares: checked", database="demo.db")
            write_pdf_report(store, pdf)
        screenshot(html.absolute(), args.png.absolute(), height=args.height)
        pdf_pages(pdf, args.pdf_png)
    print(args.png, args.pdf_png)
    return 0


def write_pdf_report(store: Store, pdf: Path) -> None:
    """The PDF as File > Export PDF writes it (needs Qt, offscreen)."""
    import io
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from factcheck_gui.io.html_report import write_html_report
    from factcheck_gui.ui.exporting.pdf_report import write_pdf

    _app = QApplication.instance() or QApplication([])
    buffer = io.BytesIO()
    write_html_report(store.reports.report_rows(), buffer,
                      article_text=lambda a: store.versions.current_version(a.id),
                      scale=store.scales.active_scale(), title="Saltmere bus fares: checked",
                      database="demo.db")
    write_pdf(buffer.getvalue().decode("utf-8"), pdf, title="Saltmere bus fares: checked",
              footer="demo.db · 2026-10-21")


def pdf_pages(pdf: Path, png: Path) -> None:
    """The PDF's first page (summary and contents) and second (an article) as PNGs."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise SystemExit("pdftoppm is not installed (apt-get install poppler-utils)")
    for page, target in ((1, png), (2, png.with_name("report-pdf-article.png"))):
        subprocess.run([tool, "-png", "-r", "80", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(target.with_suffix(""))],
                       check=True, capture_output=True, timeout=120)


if __name__ == "__main__":
    raise SystemExit(main())
