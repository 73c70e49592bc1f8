"""Editing stored values from widgets: the one editing layer (editors, undo commands and
the key type, commands.py), the conversation's editor (conversation.py), widgets bound
to stored values (binding.py) and the helpers that bind a text box, line edit, check box
or optional date (fields.py). Every step edits through these; nothing here knows a step."""
