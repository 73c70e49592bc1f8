"""Describe an exception for a log without its message.

An exception's message may quote client data (a name in a ValueError, a note in a
reportlab error), so logs keep only the type and where it happened.
"""

from __future__ import annotations

import traceback


def describe(exc: BaseException) -> str:
    """`ValueError at report/plan_pdf.py:120 in draw < ...` without the message."""
    frames = traceback.extract_tb(exc.__traceback__)[-4:]
    where = " < ".join(
        f"{'/'.join(frame.filename.replace(chr(92), '/').split('/')[-2:])}:{frame.lineno} "
        f"in {frame.name}"
        for frame in reversed(frames)
    )
    return f"{type(exc).__name__} at {where}" if where else type(exc).__name__
