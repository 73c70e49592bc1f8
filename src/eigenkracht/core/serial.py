"""Dataclasses to plain JSON-able values and back, checked against type hints.

Used by the inzage export, plan snapshots and the self-assessment files. The
reader is strict: a value of the wrong type raises `SerialError` naming the
path of the offending key, so a hostile or damaged file never gets further.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import json
import re
import types
import typing
from typing import Any, TypeVar

from eigenkracht.core.errors import N_, Said, says

T = TypeVar("T")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class SerialError(ValueError):
    """`path` names the offending key (a technical detail, kept as it is); `problem` is
    what is wrong with it, a Said (core.errors) so that the window can translate it.
    `said` is the whole sentence: str() is its Dutch."""

    def __init__(self, path: str, problem: Said) -> None:
        where: object = path or says("serial.top-level", N_("(hoofdniveau)"))
        self.said = says("serial.at", N_("{path}: {problem}"), path=where, problem=problem)
        super().__init__(str(self.said))
        self.path = path
        self.problem = str(problem)


def _unknown_type() -> Said:
    return says("serial.unknown-type", N_("onbekend type"))


def _expected(what: str) -> Said:
    """ "hier hoort ..." for the kinds of value the reader knows."""
    return {
        "list": says("serial.expected-list", N_("hier hoort een lijst")),
        "object": says("serial.expected-object", N_("hier hoort een object")),
        "date": says("serial.expected-date", N_("hier hoort een datum (JJJJ-MM-DD)")),
        "bool": says("serial.expected-bool", N_("hier hoort waar of onwaar")),
        "int": says("serial.expected-int", N_("hier hoort een geheel getal")),
        "str": says("serial.expected-text", N_("hier hoort tekst")),
    }[what]


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


def canonical_json(value: Any) -> str:
    """One exact text for the same content: sorted keys, no spaces, UTF-8."""
    return json.dumps(to_plain(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(hint: Any, data: Any, path: str = "") -> Any:
    """Build a value of type `hint` from plain data, or raise SerialError."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if data is None and type(None) in args:
            return None
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) == 1:
            return from_plain(non_none[0], data, path)
        raise SerialError(path, _unknown_type())
    if origin is list:
        if not isinstance(data, list):
            raise SerialError(path, _expected("list"))
        (item,) = typing.get_args(hint)
        return [from_plain(item, v, f"{path}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
            raise SerialError(path, _expected("object"))
        _key, value = typing.get_args(hint)
        return {k: from_plain(value, v, f"{path}.{k}") for k, v in data.items()}
    if hint is Any:  # plain JSON as it is (OwnPlanRecord.content), checked to be JSON
        return _json_value(data, path)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _dataclass_from_plain(hint, data, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(data)
        except ValueError:
            raise SerialError(
                path,
                says(
                    "serial.unknown-value",
                    N_("onbekende waarde {value}"),
                    value=repr(str(data)[:40]),
                ),
            ) from None
    if hint is dt.date:
        # Only JJJJ-MM-DD: fromisoformat also takes "20261120" and "2026-W47-5".
        if not isinstance(data, str) or not _DATE_RE.fullmatch(data):
            raise SerialError(path, _expected("date"))
        try:
            return dt.date.fromisoformat(data)
        except ValueError:
            raise SerialError(
                path, says("serial.invalid-date", N_("geen geldige datum (JJJJ-MM-DD)"))
            ) from None
    if hint is bool:
        if not isinstance(data, bool):
            raise SerialError(path, _expected("bool"))
        return data
    if hint is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise SerialError(path, _expected("int"))
        return data
    if hint is str:
        if not isinstance(data, str):
            raise SerialError(path, _expected("str"))
        return data
    raise SerialError(path, _unknown_type())


def _json_value(data: Any, path: str) -> Any:
    """`data` when it is plain JSON (null, true/false, a number, text, a list, an object
    with text keys), else SerialError."""
    if data is None or isinstance(data, bool | int | float | str):
        return data
    if isinstance(data, list):
        return [_json_value(v, f"{path}[{i}]") for i, v in enumerate(data)]
    if isinstance(data, dict) and all(isinstance(k, str) for k in data):
        return {k: _json_value(v, f"{path}.{k}") for k, v in data.items()}
    raise SerialError(path, _unknown_type())


def _dataclass_from_plain(cls: type[T], data: Any, path: str) -> T:
    if not isinstance(data, dict):
        raise SerialError(path, _expected("object"))
    hints = _hints(typing.cast(Any, cls))
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(data) - set(fields)
    if unknown:
        raise SerialError(
            path,
            says(
                "serial.unknown-key",
                N_("onbekende sleutel {key}"),
                key=repr(sorted(unknown)[0][:40]),
            ),
        )
    kwargs = {}
    for name, f in fields.items():
        key_path = f"{path}.{name}" if path else name
        if name in data:
            kwargs[name] = from_plain(hints[name], data[name], key_path)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise SerialError(key_path, says("serial.missing", N_("ontbreekt")))
    return cls(**kwargs)
