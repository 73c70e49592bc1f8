"""The parts of the repository (store.repository.Repository joins them).

base.py: one operation's transaction, audit rows, anchor and error mapping; Changes and
units; row helpers; generic update and delete. cases.py, conversations.py, network.py,
plan.py, imports.py: the operations on each part of a case.
"""
