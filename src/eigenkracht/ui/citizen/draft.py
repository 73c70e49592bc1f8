"""The draft: what the citizen has filled in so far, kept so that closing the window by
accident loses nothing.

One file, for this one self-assessment only, in the platform's data folder
(QStandardPaths AppDataLocation, ~/.local/share/eigenkracht/eigenkracht on Linux). It is plain
JSON on the citizen's own computer; the citizen removes it with one button ("Alles wissen"),
and the window offers that after saving. It holds nothing of anybody else.

Version 2 adds the citizen's own plan (inside `content`, as in the file) and
`plan_declined` (they answered "Nee, nu niet"); a version 1 draft is still read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from eigenkracht.exchange.selfassessment import (
    MAX_BYTES,
    SelfAssessment,
    SelfAssessmentError,
    content_from_plain,
    content_to_plain,
)

DRAFT_FORMAT = "eigenkracht-zelfbeoordeling-concept"
DRAFT_VERSION = 2
READ_VERSIONS = (1, 2)
DRAFT_NAME = "zelf-invullen-concept.json"


class DraftError(Exception):
    """The draft cannot be read (damaged, or from a newer version)."""


@dataclass
class Draft:
    content: SelfAssessment
    page: int = 0
    larger_text: bool = False
    plan_declined: bool = False


def default_draft_path() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / DRAFT_NAME


def load_draft(path: Path) -> Draft | None:
    """The draft at path; None when there is none. Raises DraftError when unreadable."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DraftError(type(exc).__name__) from None  # never the system's English text
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError("too large")
        data: Any = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
            raise ValueError("not a draft")
        if data.get("version") not in READ_VERSIONS:
            raise ValueError("another version")
        page, larger = data.get("page"), data.get("larger_text")
        declined = data.get("plan_declined", False)
        if type(page) is not int or type(larger) is not bool or type(declined) is not bool:
            raise ValueError("bad state")
        content = content_from_plain(data.get("content"))
    except (ValueError, RecursionError, SelfAssessmentError) as exc:
        raise DraftError(type(exc).__name__) from None
    return Draft(content, max(page, 0), larger, declined and content.plan is None)


def save_draft(path: Path, draft: Draft) -> None:
    """Write the draft atomically (a half-written draft never replaces a good one)."""
    data = {
        "format": DRAFT_FORMAT,
        "version": DRAFT_VERSION,
        "page": draft.page,
        "larger_text": draft.larger_text,
        "plan_declined": draft.plan_declined,
        "content": content_to_plain(draft.content),
    }
    from eigenkracht.privatefiles import write_private

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))  # 0600


def remove_draft(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_name(f".{path.name}.tmp").unlink(missing_ok=True)


__all__ = [
    "Draft",
    "DraftError",
    "default_draft_path",
    "load_draft",
    "remove_draft",
    "save_draft",
]
