"""Builders for test documents (small PDFs written by hand, .docx files via python-docx)
and `library`: a small database with everything exports must carry (two articles, one
without a URL; overlapping and awkward claims; sources; every anchor state)."""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from factcheck_gui.core.models import AnchorState, Claim, NewArticle, Status
from factcheck_gui.core.store import Store

Page = Sequence[str | tuple[float, str]]  # lines; (y, text) places a line at a height


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build_pdf(pages: Sequence[Page], *, image_only: bool = False,
              line_gap: float = 14, compress: bool = True) -> bytes:
    """A valid PDF with Helvetica text lines (top-down from y=760) or one image per page."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in at the end
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
               b" /Encoding /WinAnsiEncoding >>")
    image = add(b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray"
                b" /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream")
    kids = []
    for page in pages:
        if image_only:
            content = b"q 400 0 0 500 100 150 cm /Im1 Do Q"
        else:
            parts, y = [], 760.0
            for line in page:
                if isinstance(line, tuple):
                    y, line = line
                parts.append(b"BT /F1 11 Tf 72 %.1f Td (%s) Tj ET" % (y, _escape(line)))
                y -= line_gap
            content = b"\n".join(parts)
        if compress:
            data = zlib.compress(content)
            stream = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
                         % (len(data), data))
        else:
            stream = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
            % (pages_obj, stream, font, image)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, catalog, xref))
    return out.getvalue()


def build_docx(paragraphs: Sequence[tuple[str, str | None]], *, title: str | None = None,
               author: str | None = None, table: Sequence[Sequence[str]] = ()) -> bytes:
    """A .docx with (text, style) paragraphs, optional core properties and a table."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    if title is not None:
        document.core_properties.title = title
    if author is not None:
        document.core_properties.author = author
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return build_pdf


@pytest.fixture
def make_docx() -> Callable[..., bytes]:
    return build_docx


# -- a small library for the exporters ---------------------------------------------

FIRST_TEXT = (
    "Bus fares will rise by 18% in January, the council said on Tuesday.\n\n"
    "\"We have no other choice,\" said Zoë Núñez 😀, who chairs the committee. "
    "Ridership fell from 17.9 million journeys in 2019 to 14.2 million in 2025.\n"
    "Some wrote in Hebrew: שלום עולם. The council said fares rose."
)
SECOND_TEXT = "A pasted note with no URL.\n\nThe council said fares rose. Nobody objected."


def _span(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(quote, at + 1)
    return at, at + len(quote)


def fill(store: Store) -> dict[str, str]:
    """Add the library; returns claim ids by name."""
    first = store.articles.add_article(NewArticle(
        title="Fares to rise", text=FIRST_TEXT, outlet="The Courier", author="R. A.",
        url="https://example.org/fares", published="2026-10-14", language="en"))
    second = store.articles.add_article(NewArticle(title="Pasted note", text=SECOND_TEXT))
    ids = {}
    with store.batch():  # final with its sources: the workflow rules hold at commit
        c = store.claims.add_claim(first.id, *_span(FIRST_TEXT, "Bus fares will rise by 18%"),
                                   claimant="The council", verdict="Mostly true", status="final",
                                   rationale="Line one, \"quoted\"\nline two <b>bold?</b>")
        store.sources.add_source(c.id, "https://example.org/budget", title="Budget, 2026",
                                 publisher="Council", published="2026-01-01", stance="supports",
                                 note="page 4")
        store.sources.add_source(c.id, "https://example.org/minutes", stance="context")
    ids["fares"] = c.id
    ids["overlap"] = store.claims.add_claim(first.id, *_span(FIRST_TEXT, "rise by 18% in January"),
                                            verdict="False").id
    ids["emoji"] = store.claims.add_claim(first.id, *_span(FIRST_TEXT, "Zoë Núñez 😀"),
                                          claim_text="Who chairs it").id
    ids["rtl"] = store.claims.add_claim(first.id, *_span(FIRST_TEXT, "שלום עולם"),
                                        verdict="Unverifiable", status="in-progress").id
    ids["twice"] = store.claims.add_claim(first.id, *_span(FIRST_TEXT,
                                                           "The council said fares rose")).id
    ids["second"] = store.claims.add_claim(second.id, *_span(SECOND_TEXT,
                                                             "The council said fares rose"),
                                    verdict="True", rationale="Checked.").id
    start, end = _span(FIRST_TEXT, "Ridership fell")
    for name, state in (("fuzzy", AnchorState.FUZZY), ("orphan", AnchorState.ORPHANED)):
        quote = "Ridership fell" if name == "fuzzy" else "Ridership collapsed"
        _, claim = store.merge.merge_claim(Claim(
            id=f"00000000-0000-4000-8000-00000000000{len(ids)}", article_id=first.id,
            version_id="", start=start, end=end + (5 if name == "orphan" else 0), quote=quote,
            prefix="said Zoë. ", suffix=" sharply", anchor_state=state, claim_text=quote,
            claimant=None, verdict=None, rationale=None, status=Status.TO_CHECK,
            reviewer="eve", created_at="2026-02-01T00:00:00.000000+00:00",
            updated_at="2026-02-02T00:00:00.000000+00:00"))
        ids[name] = claim.id
    return ids


@pytest.fixture
def library(tmp_path: Path) -> Iterator[tuple[Store, dict[str, str]]]:
    with Store.open(tmp_path / "a.db", reviewer="ann") as store:
        ids = fill(store)
        yield store, ids
