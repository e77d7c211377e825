"""Word documents (.docx) become a `NewArticle` (python-docx does the reading).

Paragraphs and tables come in document order; list paragraphs get a "• "; the
title and author come from the document properties when they are filled in.
Before python-docx sees the file, the zip's directory is checked so that a
"zip bomb" (parts that claim gigabytes) is refused without being unpacked.
python-docx parses XML with ``resolve_entities=False``: entity bombs stay inert.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import zipfile
import zlib
from importlib.metadata import version
from typing import Any

from factcheck_gui.core.models import NewArticle, Provenance
from factcheck_gui.core.translatable import translate
from factcheck_gui.io.import_errors import UnreadableFile

SUFFIXES = (".docx",)
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # python-docx holds every part in memory
MAX_XML_BYTES = 64 * 1024 * 1024  # lxml needs several times this for the tree
MAX_PARTS = 5000
_SPACES = re.compile(r"[ \t\u00a0\r\f\v]+")
_LIST_STYLES = ("list", "bullet", "number")


@functools.cache  # importlib.metadata takes milliseconds a call
def importer_name() -> str:
    return f"python-docx/{version('python-docx')}"


def check_zip(name: str, data: bytes) -> None:
    """Refuse what is not a .docx, and zips that would unpack to too much."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError,
            NotImplementedError, RuntimeError):  # zipfile: "zip file version 6.4", encrypted
        raise UnreadableFile(name, translate(
            "Errors", "this Word document is damaged (not a valid .docx zip)")) from None
    names = {info.filename for info in infos}
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise UnreadableFile(name, translate(
            "Errors", "this is a zip archive, not a Word document"))
    if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise UnreadableFile(name, translate(
            "Errors", "this Word document unpacks to more than {size} MB; refused").format(
            size=MAX_UNPACKED_BYTES // 2**20))
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if xml > MAX_XML_BYTES:
        raise UnreadableFile(name, translate(
            "Errors", "this Word document holds more than {size} MB of text and markup;"
            " refused").format(size=MAX_XML_BYTES // 2**20))


def _line(text: str) -> str:
    return "\n".join(_SPACES.sub(" ", part).strip() for part in text.split("\n")).strip()


def _is_list(paragraph: Any) -> bool:
    props = paragraph._p.pPr
    if props is not None and props.numPr is not None:
        return True
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    return any(word in style.lower() for word in _LIST_STYLES)


def _blocks(document: Any) -> tuple[list[str], str | None]:
    """Text blocks in order ("• " for list items) and the first Title/Heading 1 text."""
    from docx.table import Table

    blocks: list[str] = []
    heading: str | None = None
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = _line(cell.text).replace("\n", " ")
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    blocks.append(" | ".join(cells))
            continue
        text = _line(item.text)
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        if heading is None and style in ("Title", "Heading 1"):
            heading = text.replace("\n", " ")
        blocks.append(("• " + text) if _is_list(item) else text)
    return blocks, heading


def read_docx(name: str, data: bytes) -> NewArticle:
    """Import the bytes of a Word document called `name`."""
    from docx import Document
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    check_zip(name, data)
    try:
        document = Document(io.BytesIO(data))
        blocks, heading = _blocks(document)
        props = document.core_properties
        title, author, language = props.title, props.author, props.language
    except (zipfile.BadZipFile, KeyError, OpcError, LxmlError, zlib.error, EOFError,
            ValueError, TypeError, AttributeError, IndexError, NotImplementedError,
            RuntimeError) as exc:  # zipfile: RuntimeError for a part marked encrypted
        if isinstance(exc, LxmlError):
            reason = translate("Errors", "this Word document is damaged and cannot be read"
                               " (its XML is invalid or unsafe)")
        else:
            reason = translate("Errors", "this Word document is damaged and cannot be read")
        raise UnreadableFile(name, reason) from None
    from factcheck_gui.io.html_import import join_paragraphs

    text = join_paragraphs(blocks)
    if not text.strip():
        raise UnreadableFile(name, translate("Errors", "this Word document has no text"))
    first = text.split("\n", 1)[0].removeprefix("• ")
    title = _line(title or "") or heading or (first if len(first) <= 200 else first[:200] + "…")
    return NewArticle(
        title=title,
        text=text,
        author=_line(author or "") or None,
        language=_line(language or "") or None,
        provenance=Provenance(name, hashlib.sha256(data).hexdigest(), importer_name()),
    )
