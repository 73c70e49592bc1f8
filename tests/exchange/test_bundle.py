"""The bundle reader (exchange/bundle.py): a bundle written is read back the same, and
every bad bundle (wrong code, truncated, a flipped byte, another format, a newer
version, a changed header, a payload that does not hold together) is refused with a
BundleError, one Dutch sentence; hypothesis fuzzes it with cut and flipped files."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import zlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eigenkracht.core.model import (
    Case,
    CaseFile,
    Conversation,
    Goal,
    Member,
    NetworkPerson,
    PlanStatus,
    PlanVersion,
)
from eigenkracht.core.serial import canonical_json, fingerprint
from eigenkracht.exchange import bundle as bundles
from eigenkracht.store import audit

CODE = "zonnebloem 42"
CHEAP = bundles.KdfSettings(time_cost=1, memory_cost_kib=8)
SOURCE = "a" * 32


def _uid(n: int) -> str:
    return f"{n:032x}"


def _case() -> bundles.BundledCase:
    case = Case(reference="EK-2026-001", household_name="Jansen", id=7, uid=_uid(1))
    snapshot = {"plan": "samen koken op dinsdag"}
    case_file = CaseFile(
        case=case,
        members=[Member(case_id=7, name="Anna Jansen", id=3)],
        conversations=[Conversation(case_id=7, date=dt.date(2026, 11, 9), id=4, notes="é")],
        network=[NetworkPerson(case_id=7, name="Buurvrouw", id=5)],
        goals=[Goal(case_id=7, domain="financien", text="Rust in de post", id=6)],
        plans=[
            PlanVersion(
                case_id=7,
                number=1,
                id=8,
                status=PlanStatus.SIGNED,
                snapshot=canonical_json(snapshot),
                fingerprint=fingerprint(snapshot),
            )
        ],
    )
    row: dict[str, Any] = {
        "id": 12,
        "ts": "2026-11-09T10:00:00Z",
        "event": "cases.create",
        "action": "C",
        "case_ref": "EK-2026-001",
        "worker": "s.bakker",
        "on_behalf_of": "",
        "result": "ok",
        "object": "cases:7",
        "origin": "test",
        "prev_hash": "0" * 64,
    }
    row["hash"] = audit.row_hash(row)
    return bundles.BundledCase(
        case_file=case_file,
        uids={
            "members": {3: _uid(2)},
            "conversations": {4: _uid(3)},
            "network_persons": {5: _uid(4)},
            "goals": {6: _uid(5)},
            "plan_versions": {8: _uid(6)},
        },
        audit=[row],
        audit_head=(12, row["hash"]),
    )


def _bundle(**kwargs: Any) -> bytes:
    return bundles.dumps(
        [_case()],
        code=CODE,
        source_database=SOURCE,
        sender="s.bakker",
        recipient="A. Yilmaz",
        kdf=CHEAP,
        **kwargs,
    )


GOOD = _bundle()


def _reseal(change: Any) -> bytes:
    """A bundle whose payload was changed by `change` and sealed again under the right
    code: the reader's own checks must find what is wrong."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    document = json.loads(GOOD)
    protection = document["protection"]
    key = bundles.derive_key(CODE, base64.b64decode(protection["salt"]), CHEAP)
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    aad = bundles._canonical(header)
    nonce = base64.b64decode(protection["nonce"])
    sealed = base64.b64decode(document["ciphertext"])
    payload = json.loads(zlib.decompress(AESGCM(key).decrypt(nonce, sealed, aad)))
    change(payload)
    packed = zlib.compress(json.dumps(payload).encode())
    document["ciphertext"] = base64.b64encode(AESGCM(key).encrypt(nonce, packed, aad)).decode()
    return json.dumps(document).encode()


def test_a_bundle_reads_back_the_same() -> None:
    opened = bundles.loads(GOOD, "Zonnebloem42")  # spaces and case do not matter
    (case,) = opened.cases
    assert case.case_file == _case().case_file
    assert case.uids["goals"] == {6: _uid(5)}
    assert case.audit == _case().audit
    assert opened.header.recipient == "A. Yilmaz"
    assert opened.header.source_database == SOURCE
    assert bundles.read_header(GOOD) == opened.header
    assert b"Rust in de post" not in GOOD and b"Jansen" not in GOOD


def _refused(data: bytes, code: str = CODE) -> str:
    with pytest.raises(bundles.BundleError) as caught:
        bundles.loads(data, code)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    return message


def test_wrong_code_and_short_code() -> None:
    assert "code klopt niet" in _refused(GOOD, "verkeerde code")
    with pytest.raises(bundles.BundleError, match="minstens 8"):
        _bundle_with_code("kort")


def _bundle_with_code(code: str) -> bytes:
    return bundles.dumps(
        [_case()], code=code, source_database=SOURCE, sender="x", recipient="y", kdf=CHEAP
    )


def test_newer_version_other_format_and_truncation() -> None:
    document = json.loads(GOOD)
    assert "nieuwere versie" in _refused(json.dumps(document | {"version": 2}).encode())
    assert "geen overdrachtsbestand" in _refused(b'{"format": "eigenkracht-zelfbeoordeling"}')
    assert "geen overdrachtsbestand" in _refused(b"SQLite format 3\x00\xff\xfe")
    assert "onvolledig" in _refused(GOOD[: len(GOOD) // 2])
    # The header is authenticated: another recipient is a bundle that does not open.
    assert "code klopt niet" in _refused(json.dumps(document | {"recipient": "X"}).encode())


def test_a_payload_that_does_not_hold_together_is_refused() -> None:
    def broken_audit(p: Any) -> None:
        p["cases"][0]["audit"]["rows"][0]["worker"] = "iemand anders"

    def broken_plan(p: Any) -> None:
        p["cases"][0]["case_file"]["plans"][0]["snapshot"] = '{"plan":"anders"}'
        case_file = p["cases"][0]["case_file"]
        p["cases"][0]["version"] = bundles.record_version(case_file)
        p["cases"][0]["records"]["plan_versions"][0]["version"] = bundles.record_version(
            case_file["plans"][0]
        )

    def broken_link(p: Any) -> None:
        p["cases"][0]["case_file"]["goals"][0]["member_id"] = 99

    def lone_surrogate(p: Any) -> None:
        p["cases"][0]["case_file"]["conversations"][0]["notes"] = "\ud800"

    assert "logboek" in _refused(_reseal(broken_audit))
    assert "vingerafdruk" in _refused(_reseal(broken_plan))
    assert "beschadigd" in _refused(_reseal(broken_link))
    assert "beschadigd" in _refused(_reseal(lone_surrogate))


def test_a_bundle_for_another_database_or_from_this_one() -> None:
    header = bundles.read_header(_bundle(recipient_database="b" * 32))
    with pytest.raises(bundles.BundleError, match="andere database"):
        bundles.check_target(header, "c" * 32)
    bundles.check_target(header, "b" * 32)
    with pytest.raises(bundles.BundleError, match="in deze database gemaakt"):
        bundles.check_target(bundles.read_header(GOOD), SOURCE)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cut=st.integers(min_value=0, max_value=len(GOOD)),
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(GOOD) - 1), st.integers(0, 255)),
        max_size=3,
    ),
    code=st.sampled_from([CODE, "verkeerde code", ""]),
)
def test_the_reader_refuses_damage_in_dutch(
    cut: int, flips: list[tuple[int, int]], code: str
) -> None:
    data = bytearray(GOOD[:cut] if flips == [] else GOOD)
    for at, value in flips:
        if at < len(data):
            data[at] = value
    if bytes(data) == GOOD and code == CODE:
        return
    try:
        bundles.loads(bytes(data), code)
    except bundles.BundleError as exc:
        message = str(exc)
    else:  # a flip that changes nothing the reader sees (e.g. JSON whitespace)
        assert code == CODE
        return
    assert message and "\n" not in message


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_any_payload_is_refused_or_read(value: Any) -> None:
    data = _reseal(lambda p: p.update({"cases": [value]}))
    with contextlib.suppress(bundles.BundleError):
        bundles.loads(data, CODE)


def test_the_documented_example_opens() -> None:
    from pathlib import Path

    examples = Path(__file__).parents[2] / "docs" / "examples"
    opened = bundles.loads(
        (examples / "bundle-v1.ekoverdracht").read_bytes(), "voorbeeld-code 2026"
    )
    assert opened.header.recipient == "A. Yilmaz"
    assert opened.cases[0].case_file.case.reference == "EK-2026-001"
    payload = json.loads((examples / "bundle-v1-payload.json").read_text(encoding="utf-8"))
    assert payload["cases"][0]["uid"] == opened.cases[0].uid
