"""Subcommands: backup (see commands/__init__.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def register(sub: Any, with_db: Callable[..., argparse.ArgumentParser]) -> None:
    return None
