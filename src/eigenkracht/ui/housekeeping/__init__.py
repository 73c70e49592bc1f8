"""File-menu work on the database as a whole or on cases leaving it: backup and restore
(backup.py), hand-over bundles (handover.py), retention and clean-up (retention.py).

Each module has `add_actions(window, menu) -> list[QAction]`: it adds its actions to the
File menu and returns those that need an unlocked database outside kitchen-table mode;
the main window enables and disables them (`MainWindow.store_actions`)."""
