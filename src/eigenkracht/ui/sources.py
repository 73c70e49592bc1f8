"""Forget the module sources that PySide6 makes Python read and keep.

PySide6 replaces `__import__`; after every module imported from then on it reads the
module's whole source (`inspect.getsource`, to see whether it uses PySide's
`__feature__` switches), and `linecache` keeps that text for the life of the
program: about 10 MB after the first chart imports matplotlib, as much again for the
program's own modules. `forget_sources()` after such a burst of imports drops it;
a traceback reads a file again when it needs it.

Only the main thread calls it, and only while no pool thread runs (the plan PDF is
made in one, and may be importing): `linecache` looks an entry up twice, so clearing
it while another thread imports could fail that import.
"""

from __future__ import annotations

import linecache

from PySide6.QtCore import QThreadPool


def forget_sources() -> bool:
    """Clear `linecache` unless a pool thread runs; returns whether it did."""
    if QThreadPool.globalInstance().activeThreadCount():
        return False
    linecache.clearcache()
    return True


__all__ = ["forget_sources"]
