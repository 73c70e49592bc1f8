"""The own network (netwerkkaart): the editor page of the conversation, the drawn map
on screen, and the comparison of two moments (then and now).

The conversation package is imported first: its stepper imports the network page,
so importing a module of this package on its own must not start halfway that cycle.
"""

import eigenkracht.ui.conversation  # noqa: F401  (see the docstring)
