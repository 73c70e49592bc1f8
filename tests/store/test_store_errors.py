"""The store's errors: importable without SQLCipher, sqlite-utils or numpy, all on the
one user-facing base, still found under their old import paths."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.errors import OsProblem, UserFacingError, os_problem_kind, write_problem
from eigenkracht.core.instruments import InstrumentError
from eigenkracht.exchange.inzage import InzageError
from eigenkracht.exchange.selfassessment import CodeRequired, SelfAssessmentError
from eigenkracht.store import database, errors, repository
from eigenkracht.store.database import Store, create_database, store_error
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

HEAVY = ("sqlcipher3", "sqlite_utils", "numpy", "pysqlite3", "sqlite3")


def test_importing_the_errors_loads_no_database_or_numpy() -> None:
    code = (
        "import sys\n"
        "import eigenkracht.store.errors, eigenkracht.core.errors\n"
        f"print(','.join(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_store_error_is_user_facing_and_reexported() -> None:
    classes = [getattr(errors, name) for name in errors.__all__]
    assert len(classes) == 15
    for cls in classes:
        assert issubclass(cls, errors.StoreError)
        assert issubclass(cls, UserFacingError)
    for name in ("StoreError", "DatabaseDamaged", "DiskFull", "WrongPassphrase"):
        assert getattr(database, name) is getattr(errors, name)
    for name in ("StoreError", "NotFound", "InvalidValue", "FrozenPlan"):
        assert getattr(repository, name) is getattr(errors, name)


def test_the_other_user_errors_share_the_base() -> None:
    for cls in (cli.UserError, InstrumentError, SelfAssessmentError, InzageError):
        assert issubclass(cls, UserFacingError)
    assert issubclass(SelfAssessmentError, ValueError)  # existing `except ValueError` holds
    assert isinstance(CodeRequired(), UserFacingError)


def test_the_store_raises_them(tmp_path: Path) -> None:
    store: Store = create_database(tmp_path / "x.db", PASSPHRASE, kdf_params=cheap_kdf())
    try:
        with pytest.raises(errors.NotFound) as caught:
            Repository(store).get_case(12345)
        assert isinstance(caught.value, UserFacingError)
        assert str(caught.value) == "Dit dossier bestaat niet (meer)."
    finally:
        store.close()
    with pytest.raises(errors.DatabaseExists):
        create_database(tmp_path / "x.db", PASSPHRASE, kdf_params=cheap_kdf())


@pytest.mark.parametrize(
    ("number", "kind", "words"),
    [
        (errno.ENOSPC, OsProblem.DISK_FULL, "de schijf is vol"),
        (errno.EACCES, OsProblem.NO_ACCESS, "daar mag niet worden geschreven"),
        (errno.EROFS, OsProblem.READ_ONLY, "de schijf is alleen-lezen"),
        (errno.ENAMETOOLONG, OsProblem.NAME_TOO_LONG, "de naam of het pad is te lang"),
        (errno.ENOENT, OsProblem.MISSING, "de map bestaat niet"),
        (errno.EISDIR, OsProblem.IS_DIRECTORY, "dat is een map"),
        (errno.EIO, OsProblem.OTHER, "Er is niets opgeslagen"),
    ],
)
def test_os_errors_by_errno_never_by_their_english_text(
    number: int, kind: OsProblem, words: str
) -> None:
    exc = OSError(number, "Some English system text", "/tmp/plan.pdf")
    assert os_problem_kind(exc) is kind
    message = write_problem("/tmp/plan.pdf", exc)
    assert words in message
    assert "English" not in message
    assert "English" not in cli._user_message(exc)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (OSError(errno.ENOENT, "No such file or directory"), "De database bestaat niet (meer)."),
        (OSError(errno.EIO, "Input/output error"), "De database kon niet worden gelezen"),
    ],
)
def test_without_a_path_the_sentence_has_no_gap(error: OSError, said: str) -> None:
    """Called without a path (the repository, the command line), the sentence names no file
    and leaves no double space where the name was ("De database  is")."""
    message = str(store_error(error))
    assert message.startswith(said)
    assert "  " not in message and "No such" not in message
