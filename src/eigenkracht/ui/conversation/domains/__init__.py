"""The life domains step: choose, score from both sides, explain what is not discussed.

Storage (one row per domain in each at-table assessment):

- a domain is *relevant* when one of its two scores is stored and not marked
  not-discussed; *not discussed* when its scores are marked so (with the reason, in
  both); *not yet chosen* when nothing is stored (the AP 2018 finding: record scores
  only where relevant, so nothing is stored for a domain until it is chosen);
- the citizen's level is kept in the citizen's assessment, the professional's level
  in the professional's, never one overwriting the other;
- what is written at the table (situation, what goes well, concern) and the share
  carried by self / network / professionals belong to the conversation and are kept
  with the professional's score.

`DomainBook` (book.py) turns each user action into one stored edit (both perspectives
in one transaction); the detailed form (form.py), the compact table (table.py) and the
radar observe it; page.py is the step itself.
"""

from eigenkracht.ui.conversation.domains.book import DomainBook, DomainState, common_reasons
from eigenkracht.ui.conversation.domains.form import DomainForm, LevelChooser, SharesEditor
from eigenkracht.ui.conversation.domains.page import DomainsPage
from eigenkracht.ui.conversation.domains.table import Column, DomainTableModel, DomainTableView

__all__ = [
    "Column",
    "DomainBook",
    "DomainForm",
    "DomainState",
    "DomainTableModel",
    "DomainTableView",
    "DomainsPage",
    "LevelChooser",
    "SharesEditor",
    "common_reasons",
]
