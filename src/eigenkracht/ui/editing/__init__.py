"""Editing stored values from widgets: the autosave with undo (binding.py) and the
helpers that bind a text box, line edit, check box or optional date to it
(fields.py). Every step of the conversation edits through these; nothing here
knows a step."""
