"""Command-line subcommands beyond the core contract, one module each: backup and restore
(backup.py), hand-over bundles (handover.py), retention (retention.py).

Each module has `register(sub, with_db)`: `sub` is the subparsers object of
`cli.build_parser`, `with_db(name, help, func)` adds a subcommand with `--db` and
`--passphrase-file` and returns its parser. Command functions take the parsed
arguments and return the exit code; they raise `cli.UserError` (or a UserFacingError)
for a one-line Dutch message."""
