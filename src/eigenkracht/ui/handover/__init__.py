"""Dialogs for handing a case over to a colleague (store/repo/handover.py)."""
