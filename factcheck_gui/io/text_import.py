"""Turn the bytes of a .txt or .md file, or pasted text, into a `NewArticle`.

Decoding: a BOM wins, then strict UTF-8, then charset-normalizer's guess; binary
junk is refused. Markdown is parsed with markdown-it-py and flattened to plain
readable text (one paragraph per block, list items as "• " lines, no markup).
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck_gui.core.models import NewArticle, Provenance
from factcheck_gui.core.translatable import translate
from factcheck_gui.io.import_errors import UnreadableFile, UnsupportedFile

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = [
    "MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "UnreadableFile", "UnsupportedFile",
    "article_from_text", "decode_text", "markdown_to_text", "read_article_file",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown")
MAX_FILE_BYTES = 50 * 1024 * 1024

_BOMS = (  # UTF-32 before UTF-16: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# On an exact tie charset-normalizer keeps its own alphabetical order (cp1250 before
# cp1252: French misread, docs/decisions.md); among tied candidates prefer the commonest.
_PREFERRED = ("utf_8", "ascii", "cp1252", "latin_1", "utf_16_le", "utf_16_be")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_FRONT_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)")
_META_FIELDS = {
    "author": ("author",),
    "outlet": ("outlet", "site", "publisher"),
    "url": ("url", "canonical"),
    "published": ("published", "date"),
    "language": ("language", "lang"),
}


@functools.cache  # importlib.metadata takes milliseconds a call
def _version(package: str) -> str:
    from importlib import metadata  # slow to import; used once per package

    return metadata.version(package)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text.removeprefix("\ufeff").rstrip()


def _too_many_controls(text: str) -> bool:
    return len(_CONTROL.findall(text)) * 100 > len(text)


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported lazily: start-up time

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [
        m.encoding
        for m in matches
        if abs(m.chaos - best.chaos) < 1e-6 and abs(m.coherence - best.coherence) < 1e-6
    ]
    encoding = next((e for e in _PREFERRED if e in tied), best.encoding)
    return data.decode(encoding)


def decode_text(data: bytes) -> str:
    """Decode file bytes to normalised text (``\\n`` newlines, no BOM or NULs).

    A BOM decides first, then strict UTF-8, then charset-normalizer's detection.
    Raises ValueError when the bytes do not look like text in any encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                declared = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                continue  # e.g. UTF-16 text whose first character is U+0000
            if not _too_many_controls(declared):
                return _normalise(declared)
    try:
        text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None or _too_many_controls(text):  # UTF-16 ASCII is valid UTF-8
        text = _guess(data)
    if text is None or _too_many_controls(text):
        raise ValueError(translate(
            "Errors", "this does not look like text (binary data or an unknown encoding)"))
    return _normalise(text)


def _front_matter(source: str) -> tuple[str, dict[str, str]]:
    lines = source.split("\n")
    if not lines or lines[0].strip() != "---":
        return source, {}
    meta: dict[str, str] = {}
    keys = 0
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return ("\n".join(lines[i + 1 :]), meta) if keys else (source, {})
        match = _FRONT_KEY.fullmatch(line.rstrip())
        if match:
            keys += 1
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            if value:
                meta[match.group(1).lower()] = value
        elif line.strip() and not line[0].isspace() and not line.startswith(("#", "- ")):
            return source, {}  # not simple front matter: a rule and a setext heading
    return source, {}


def _inline(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "text_special", "code_inline", "image"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def _render_markdown(source: str) -> tuple[str, dict[str, str], str | None]:
    from markdown_it import MarkdownIt

    body, meta = _front_matter(source.replace("\r\n", "\n").replace("\r", "\n"))
    chunks: list[tuple[str, int | None]] = []  # (text, list group or None)
    lists: list[str] = []  # "ul" / "ol" per open list
    group, groups, prefix = None, 0, None
    heading: str | None = None
    in_heading = False
    for token in MarkdownIt("commonmark").parse(body):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            if not lists:
                groups += 1
                group = groups
            lists.append(token.tag)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            group = group if lists else None
        elif kind == "list_item_open":
            marker = f"{token.info or 1}. " if lists[-1] == "ol" else "• "
            prefix = "  " * (len(lists) - 1) + marker
        elif kind in ("inline", "fence", "code_block"):
            text = _inline(token) if kind == "inline" else token.content.rstrip("\n")
            if in_heading and heading is None and text:
                heading = " ".join(text.split())
            if not text.strip():
                continue
            if lists:
                indent = "  " * len(lists)
                lead, prefix = (prefix or indent), None
                text = lead + text.replace("\n", "\n" + indent)
            chunks.append((text, group))
        elif kind in ("heading_open", "heading_close"):
            in_heading = kind == "heading_open"
    parts: list[str] = []
    for i, (text, grp) in enumerate(chunks):
        if i:
            parts.append("\n" if grp is not None and grp == chunks[i - 1][1] else "\n\n")
        parts.append(text)
    return "".join(parts), meta, heading


def markdown_to_text(source: str) -> tuple[str, dict[str, str]]:
    """Plain readable text of a Markdown document, and its front-matter fields.

    Front matter is a leading ``---`` block of ``key: value`` lines (keys
    lower-cased, surrounding quotes removed). Markup is dropped, text is kept.
    """
    text, meta, _ = _render_markdown(source)
    return text, meta


def _first_line(text: str) -> str | None:
    return next((" ".join(line.split()) for line in text.split("\n") if line.strip()), None)


def _plain_title(text: str, fallback: str) -> str:
    """The headline (breadcrumbs, bylines, datelines and captions skipped), else `fallback`."""
    from factcheck_gui.io.guess import guess_title, outlet_of_line

    guessed = guess_title(text, lambda line: outlet_of_line(line) is not None)
    if guessed:
        return guessed
    line = _first_line(text)  # a short first line ("Notes on the budget") is still a name
    if line and len(line) <= 200 and not line.rstrip("\"'”’»)").endswith((".", ",", ";", ":")):
        return line
    return fallback


def _stem_title(name: str) -> str:
    return " ".join(Path(name).stem.replace("-", " ").replace("_", " ").split()) or name


def _shorten(line: str, limit: int = 200) -> str:
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + "…"


def read_article_file(path: Path, *, data: bytes | None = None) -> NewArticle:
    """Read a .txt or .md file (or its given bytes) into a `NewArticle`.

    Raises UnsupportedFile for other suffixes and UnreadableFile for empty, huge,
    binary or text-less files; both are ValueErrors with a one-line message.
    """
    path = Path(path)
    name, suffix = path.name, path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFile(name, SUPPORTED_SUFFIXES)
    try:
        size = len(data) if data is not None else path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(name, translate(
                "Errors", "the file is too large ({size} MB; the limit is {limit} MB)").format(
                size=f"{size / 2**20:.1f}", limit=MAX_FILE_BYTES // 2**20))
        if data is None:
            data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(name, translate(
            "Errors", "the file could not be read ({error})").format(
            error=exc.strerror or exc)) from exc
    if not data:
        raise UnreadableFile(name, translate("Errors", "the file is empty"))
    try:
        decoded = decode_text(data)
    except ValueError as exc:
        raise UnreadableFile(name, str(exc)) from None
    meta: dict[str, str] = {}
    if suffix == ".txt":
        text, extractor = decoded, "text_import/1"
        title = _plain_title(text, _stem_title(name))
    else:
        text, meta, heading = _render_markdown(decoded)
        extractor = f"markdown-it-py/{_version('markdown-it-py')}"
        title = meta.get("title") or heading or _shorten(_first_line(text) or "")
    if not text.strip():
        raise UnreadableFile(name, translate("Errors", "the file has no text"))
    fields = {
        field: next((meta[key] for key in keys if meta.get(key)), None)
        for field, keys in _META_FIELDS.items()
    }
    provenance = Provenance(name, hashlib.sha256(data).hexdigest(), extractor)
    return NewArticle(title=title, text=text, provenance=provenance, author=fields["author"],
                      outlet=fields["outlet"], url=fields["url"],
                      published=fields["published"], language=fields["language"])


def article_from_text(
    text: str, *, title: str | None = None, source_name: str | None = None
) -> NewArticle:
    """A `NewArticle` from pasted text, titled like a .txt file unless `title` is given;
    outlet, date and language are guessed from the text."""
    normalised = _normalise(text)
    if not normalised.strip():
        raise UnreadableFile(source_name or translate("Errors", "pasted text"),
                             translate("Errors", "there is no text"))
    fallback = _stem_title(source_name) if source_name else "Pasted text"
    provenance = Provenance(
        source_name, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), "paste"
    )
    from factcheck_gui.io.guess import with_guesses

    return with_guesses(NewArticle(
        title=(title or "").strip() or _plain_title(normalised, fallback),
        text=normalised,
        provenance=provenance,
    ))
