"""`export html`: one self-contained, printable report a reader would be glad to get.

Laid out as a document an editor would forward: a summary with counts in words
("1 claim in 1 article") and a bar per verdict, all bars starting at the same x
(a table), a table of contents when there is more than one article, then each
article with its highlighted text and claims. Readers see verdict labels only,
never the scale's internal rating values.

Inline CSS only, no scripts, fonts or images from anywhere (a Content-Security-
Policy meta tag forbids them too). Every piece of article or user text goes
through `html.escape`; only http(s) source URLs become links. The summary at the
top (counts per verdict, drawn as CSS bars) needs every row first, so articles
are rendered into a spooled temporary file and copied after it: memory stays
bounded by one article's claims.
"""

from __future__ import annotations

import itertools
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from html import escape
from pathlib import Path
from typing import IO, Any, BinaryIO

from factcheck_gui import APP_NAME
from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.models import (
    AnchorState,
    Article,
    ArticleVersion,
    Correction,
    RatingScale,
    ReportRow,
    Source,
    Status,
)
from factcheck_gui.core.urls import is_openable
from factcheck_gui.core.words import plural
from factcheck_gui.core.workflow import format_correction
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.html_style import CSS
from factcheck_gui.io.progress import Progress, counted, text_over

NO_VERDICT = "No verdict yet"
GREY = "#8a8f98"
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")


def e(text: Any) -> str:
    """Escape for HTML text and attribute values (quotes included)."""
    return escape("" if text is None else str(text), quote=True)


def safe_colour(colour: str | None) -> str:
    """A #rgb / #rrggbb colour as #rrggbb, or grey: nothing else reaches the CSS."""
    if not colour or not _HEX.fullmatch(colour.strip()):
        return GREY
    colour = colour.strip().lower()
    if len(colour) == 4:
        colour = "#" + "".join(ch * 2 for ch in colour[1:])
    return colour


def ink_for(colour: str) -> str:
    """Black or white text, whichever reads better on `colour` (#rrggbb)."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lum = 0.2126 * r**2.2 + 0.7152 * g**2.2 + 0.0722 * b**2.2
    return "#1b1d21" if lum > 0.22 else "#ffffff"


class _Palette:
    def __init__(self, scale: RatingScale | None) -> None:
        self.scale = scale

    def colour(self, verdict: str | None) -> str:
        label = self.scale.find(verdict) if self.scale and verdict else None
        return safe_colour(label.colour) if label else GREY

    def order(self, counts: Counter) -> list[str]:
        names = [label.label for label in self.scale.labels] if self.scale else []
        names += sorted(k for k in counts if k not in names and k != NO_VERDICT)
        return [n for n in names if counts.get(n)] + ([NO_VERDICT] if counts.get(NO_VERDICT)
                                                      else [])


def link(url: str, text: str | None = None) -> str:
    """An <a> for http(s) URLs only; anything else is shown as inert text."""
    label = e(text or url)
    if is_openable(url):
        return f'<a href="{e(url)}" rel="noopener noreferrer">{label}</a>'
    return f'<span class="dead-link">{label}</span>'


def highlighted_text(text: str, spans: list[tuple[int, int, int, str]]) -> str:
    """The text with each (start, end, number, colour) span marked and numbered at
    its end; overlapping spans are marked as overlaps."""
    bounds = sorted({0, len(text), *(p for s in spans for p in s[:2])})
    starts: dict[int, list] = {}
    ends: dict[int, list] = {}
    for span in spans:
        starts.setdefault(span[0], []).append(span)
        ends.setdefault(span[1], []).append(span)
    active: list[tuple[int, int, int, str]] = []
    parts: list[str] = []
    for a, b in itertools.pairwise(bounds):
        for span in ends.get(a, ()):
            active.remove(span)
        refs = sorted(ends.get(a, ()), key=lambda s: s[2])
        parts += [f'<sup class="ref"><a href="#claim-{n}">{n}</a></sup>' for _, _, n, _ in refs]
        active += starts.get(a, ())
        chunk = e(text[a:b])
        if active:
            top = max(active, key=lambda s: (s[0], -s[1]))  # the innermost span's colour
            cls = "hl ov" if len(active) > 1 else "hl"
            nums = " ".join(str(s[2]) for s in active)
            parts.append(f'<mark class="{cls}" style="--c:{top[3]}" title="claim {nums}">'
                         f"{chunk}</mark>")
        else:
            parts.append(chunk)
    refs = sorted(ends.get(len(text), ()), key=lambda s: s[2])
    parts += [f'<sup class="ref"><a href="#claim-{n}">{n}</a></sup>' for _, _, n, _ in refs]
    return "".join(parts)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{e(p.strip())}</p>" for p in re.split(r"\n\s*\n", text) if p.strip())


def _web_bits(source: Source) -> list[str]:
    """The kept copy's date, final address and hash; a link check that found trouble."""
    web = source.web
    if web is None:
        return []
    bits = []
    if web.copy_kept_at:
        where = f", from {web.copy_final_url}" if web.copy_final_url not in (None,
                                                                            source.url) else ""
        bits.append(f'<span class="src-meta">copy kept {e(web.copy_kept_at[:10])}{e(where)},'
                    f' sha256 <code>{e(web.copy_sha256 or "")}</code></span>')
    if web.link_state and web.link_state != "ok":
        bits.append(f'<span class="src-meta">link {e(web.link_state)} on'
                    f' {e((web.link_checked_at or "")[:10])}</span>')
    return bits


def _source_item(number: int, source: Source) -> str:
    bits = [link(source.url, source.title)]
    details = [x for x in (source.publisher, source.published) if x]
    if details:
        bits.append(f'<span class="src-meta">{e(", ".join(details))}</span>')
    if source.stance:
        bits.append(f'<span class="stance stance-{e(source.stance.value)}">'
                    f"{e(source.stance.value)}</span>")
    if source.title:
        bits.append(f'<span class="src-url">{e(source.url)}</span>')
    if source.accessed:
        bits.append(f'<span class="src-meta">accessed {e(source.accessed)}</span>')
    bits.extend(_web_bits(source))
    note = f'<div class="src-note">{e(source.note)}</div>' if source.note else ""
    return (f'<li id="src-{number}"><span class="fn-n">[{number}]</span> {" ".join(bits)}'
            f"{note}</li>")


class _Writer:
    def __init__(self, palette: _Palette, article_text: Callable[[Article], ArticleVersion]):
        self.palette, self.article_text = palette, article_text
        self.claims = self.articles = self.sources = 0
        self.verdicts: Counter = Counter()
        self.statuses: Counter = Counter()
        # (claim number, quote, correction) for the list at the end; small:
        # corrections are rare next to claims.
        self.corrections: list[tuple[int, str, Correction]] = []
        # (title, claims) per article for the table of contents; small next to the text.
        self.contents: list[tuple[str, int]] = []

    def article(self, out: IO[str], rows: list[ReportRow]) -> None:
        article = rows[0].article
        self.articles += 1
        self.contents.append((article.title, len(rows)))
        version = self.article_text(article)
        first = self.claims + 1
        spans = []
        for offset, row in enumerate(rows):
            c = row.claim
            if c.anchor_state is not AnchorState.ORPHANED and c.end <= len(version.text):
                spans.append((c.start, c.end, first + offset, self.palette.colour(c.verdict)))
        meta = [x for x in (article.outlet, article.author, article.published) if x]
        out.write(f'<section class="article" id="article-{self.articles}">\n<header>'
                  f'<p class="kicker">Article {self.articles}</p><h2>{e(article.title)}</h2>')
        if meta:
            out.write(f'<p class="meta">{" · ".join(e(m) for m in meta)}</p>')
        if article.url:
            out.write(f'<p class="meta url">{link(article.url)}</p>')
        out.write(f'<p class="meta small">{plural(len(rows), "claim")} · text version'
                  f' {version.number} · SHA-256 {e(version.sha256[:16])}…</p></header>\n')
        out.write(f'<div class="text">{highlighted_text(version.text, spans)}</div>\n')
        out.write('<h3 class="claims-title">Claims</h3>\n<ol class="claims">\n')
        for row in rows:
            self.claim(out, row)
        out.write("</ol>\n</section>\n")

    def claim(self, out: IO[str], row: ReportRow) -> None:
        c = row.claim
        self.claims += 1
        n = self.claims
        verdict = c.verdict or NO_VERDICT
        self.verdicts[verdict] += 1
        self.statuses[c.status.label] += 1
        colour = self.palette.colour(c.verdict)
        badge_cls = "badge" if c.verdict else "badge none"
        refs = "".join(f'<a class="fn" href="#src-{self.sources + i}">[{self.sources + i}]</a>'
                       for i in range(1, len(row.sources) + 1))
        out.write(f'<li class="claim" id="claim-{n}" value="{n}">\n<div class="claim-head">'
                  f'<span class="num">{n}</span>'
                  f'<span class="{badge_cls}" style="--c:{colour};--ink:{ink_for(colour)}">'
                  f"{e(verdict)}</span>")
        out.write(f'<span class="status status-{e(c.status.value)}">{e(c.status.label)}</span>')
        if row.corrections:
            out.write('<span class="corrected">Corrected</span>')
        out.write(f"{refs}</div>\n")
        out.write(f'<blockquote class="quote">{e(c.quote)}</blockquote>\n')
        if c.anchor_state is AnchorState.ORPHANED:
            out.write('<p class="warn">This quote is no longer found in the article’s current '
                      "text.</p>\n")
        elif c.anchor_state is AnchorState.FUZZY:
            out.write('<p class="warn">Re-anchored approximately after the text changed.</p>\n')
        if " ".join(c.claim_text.split()) != " ".join(c.quote.split()):
            out.write(f'<p class="claim-text"><span class="lbl">Claim</span>{e(c.claim_text)}'
                      "</p>\n")
        if c.claimant:
            out.write(f'<p class="claimant"><span class="lbl">Claimed by</span>'
                      f"{e(c.claimant)}</p>\n")
        if c.rationale:
            out.write(f'<div class="rationale">{_paragraphs(c.rationale)}</div>\n')
        if row.sources:
            out.write('<ol class="sources">')
            for source in row.sources:
                self.sources += 1
                out.write(_source_item(self.sources, source))
            out.write("</ol>\n")
        if row.corrections:
            out.write('<div class="corrections"><p>Corrections</p><ul>')
            for fix in row.corrections:
                self.corrections.append((n, c.quote, fix))
                out.write(f"<li>{e(format_correction(fix))}</li>")
            out.write("</ul></div>\n")
        who = f"Reviewed by {e(c.reviewer)} · " if c.reviewer else ""
        out.write(f'<p class="byline">{who}updated {e(c.updated_at[:16].replace("T", " "))}'
                  f' UTC · <span class="id">{e(c.id)}</span></p>\n</li>\n')

    def corrections_list(self) -> str:
        """Every correction in the report, at the end (IFCN: corrections are visible)."""
        if not self.corrections:
            return ""
        items = "".join(
            f'<li><a href="#claim-{n}">Claim {n}</a> “{e(quote[:80])}”: '
            f"{e(format_correction(fix))}</li>" for n, quote, fix in self.corrections)
        return (f'<section class="summary corrections-list" id="corrections"><h2>Corrections'
                f'</h2><ul class="all-corrections">{items}</ul></section>\n')

    def summary(self) -> str:
        """Totals in words and one bar per verdict; the bars are a table's middle
        column, so every bar starts at the same x and lengths compare."""
        most = max(self.verdicts.values(), default=1)
        bars = []
        for name in self.palette.order(self.verdicts):
            count = self.verdicts[name]
            colour = GREY if name == NO_VERDICT else self.palette.colour(name)
            width = f"{100 * count / most:.1f}%"
            bars.append(f'<tr class="bar"><th class="bar-label" scope="row">{e(name)}</th>'
                        f'<td class="track"><span class="fill" style="width:{width};'
                        f'--c:{colour}"></span></td><td class="bar-n">{count}</td></tr>')
        order = [s.label for s in Status]
        statuses = " · ".join(f"{e(k)}: {self.statuses[k]}" for k in order if self.statuses[k])
        totals = (f"{_strong(plural(self.claims, 'claim'))} in "
                  f"{_strong(plural(self.articles, 'article'))}, with "
                  f"{_strong(plural(self.sources, 'source'))}.")
        table = (f'<table class="bars" aria-label="claims per verdict">{"".join(bars)}</table>'
                 if bars else "")
        return (f'<section class="summary"><h2>Summary</h2><p class="totals">{totals}</p>'
                f'{table}<p class="statuses">{statuses}</p></section>\n')

    def table_of_contents(self) -> str:
        """Links to each article, for reports of more than one."""
        if len(self.contents) < 2:
            return ""
        items = "".join(f'<li><a href="#article-{n}">{e(title)}</a> <span class="toc-n">'
                        f'{plural(claims, "claim").replace(" ", "&nbsp;")}</span></li>'
                        for n, (title, claims) in enumerate(self.contents, start=1))
        return (f'<nav class="summary toc" aria-label="Contents"><h2>Contents</h2>'
                f'<ol class="toc">{items}</ol></nav>\n')


def _strong(words: str) -> str:
    """ "6 claims" with the number in bold."""
    number, _, noun = words.partition(" ")
    return f"<strong>{e(number)}</strong> {e(noun)}"


def write_html_report(
    rows: Iterable[ReportRow],
    out: BinaryIO,
    *,
    article_text: Callable[[Article], ArticleVersion],
    scale: RatingScale | None,
    title: str = "Fact-check report",
    progress: Progress | None = None,
    database: str | None = None,
    agreement: Sequence[tuple[str, str]] | None = None,
) -> int:
    """Write the report to a binary stream; returns the number of claims.

    `database` (a file name) is named in the header beside the date.

    Rows must come grouped by article (as `store.reports.report_rows` gives them).
    `agreement`: (name, value) lines of the reviewers' agreement over the report's
    articles (core/review_selection.report_agreement), shown after the summary.
    """
    writer = _Writer(_Palette(scale), article_text)
    with tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8") as body:
        for _, group in itertools.groupby(counted(rows, progress), key=lambda r: r.article.id):
            writer.article(body, list(group))
        with text_over(out, encoding="utf-8", newline="\n") as text:
            text.write(f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                       f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
                       f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                       f'<meta name="generator" content="{e(APP_NAME)}">\n'
                       f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
                       f'<header class="report-head"><p class="kicker">{e(APP_NAME)}</p>'
                       f"<h1>{e(title)}</h1><p class=\"meta\">Generated "
                       f'{e(utc_now()[:16].replace("T", " "))} UTC'
                       + (f" from {e(database)}" if database else "")
                       + "</p></header>\n<main>\n")
            text.write(writer.summary())
            if agreement:
                cells = "".join(f"<tr><th>{e(name)}</th><td>{e(value)}</td></tr>"
                                for name, value in agreement)
                text.write('<section class="summary agreement"><h2>Reviewer agreement</h2>'
                           f'<table class="figures">{cells}</table></section>\n')
            text.write(writer.table_of_contents())
            if not writer.claims:
                text.write('<p class="empty">No claims match this report.</p>\n')
            body.seek(0)
            shutil.copyfileobj(body, text)
            text.write(writer.corrections_list())
            text.write("</main>\n</body>\n</html>\n")
    return writer.claims


def export_html_report(rows: Iterable[ReportRow], path: Path, **options: Any) -> int:
    with atomic_write(path) as handle:
        return write_html_report(rows, handle, **options)
