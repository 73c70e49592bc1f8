"""Citizen mode: the self-assessment at home, without a database (see window.py)."""

from eigenkracht.ui.citizen.window import CitizenWindow

__all__ = ["CitizenWindow"]
