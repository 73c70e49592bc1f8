"""Checks on the PDFs the program writes, read back with pypdf (importable from every
test folder: pyproject sets pythonpath = tests).

    assert unembedded_fonts(pdf) == []
"""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _embedded(font: DictionaryObject) -> bool:
    """Does this font carry its glyphs in the file? A Type0 (composite) font in its
    descendant; a Type3 font draws its glyphs itself."""
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return True
    if subtype == "/Type0":
        descendants = _resolve(font.get("/DescendantFonts")) or []
        return bool(descendants) and all(_embedded(_resolve(d)) for d in descendants)
    descriptor = _resolve(font.get("/FontDescriptor"))
    if descriptor is None:  # the standard 14 have none: never embedded
        return False
    return any(key in descriptor for key in FONT_FILES)


def _walk(resources: Any, seen: set[int], found: dict[str, bool]) -> None:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    fonts = _resolve(resources.get("/Font")) or {}
    for name, ref in fonts.items():
        font = _resolve(ref)
        base = str(font.get("/BaseFont", name))
        found[base] = found.get(base, True) and _embedded(font)
        if font.get("/Subtype") == "/Type3":
            _walk(font.get("/Resources"), seen, found)
    xobjects = _resolve(resources.get("/XObject")) or {}
    for ref in xobjects.values():
        xobject = _resolve(ref)
        if xobject.get("/Subtype") == "/Form":
            _walk(xobject.get("/Resources"), seen, found)
    patterns = _resolve(resources.get("/Pattern")) or {}
    for ref in patterns.values():
        _walk(_resolve(ref).get("/Resources"), seen, found)


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF uses (its /BaseFont), with whether it is embedded: on every
    page, in form XObjects (drawings placed as a whole) and patterns, recursively."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, bool] = {}
    seen: set[int] = set()
    for page in reader.pages:
        _walk(page.get("/Resources"), seen, found)
    return found


def unembedded_fonts(pdf: bytes) -> list[str]:
    """The fonts the PDF uses without embedding them (what `pdffonts` lists as "emb no")."""
    return sorted(name for name, embedded in fonts(pdf).items() if not embedded)


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF, line breaks and repeated spaces as one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


__all__ = ["fonts", "pdf_text", "unembedded_fonts"]
