"""Map core dataclasses to database rows and back, driven by their type hints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")

# Fields that live in other tables (child lists) and are never columns.
CHILD_FIELDS = {"scores", "helps", "actions", "signatures"}


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _base_type(hint: Any) -> Any:
    """`int | None` -> int; `list[str]` -> list."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _base_type(args[0]) if len(args) == 1 else hint
    return origin or hint


def columns(cls: type) -> list[str]:
    return list(_columns(cls))


@functools.cache
def _columns(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in CHILD_FIELDS)


def to_db(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return value


def from_db(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    base = _base_type(hint)
    if base is bool:
        return bool(value)
    if base is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return base(value)
    if base is list:
        return list(json.loads(value))
    if base is dict:
        return dict(json.loads(value))
    return value


def row_of(obj: Any) -> dict[str, Any]:
    """The columns of a dataclass instance as database values (id left out when None)."""
    row = {name: to_db(getattr(obj, name)) for name in columns(type(obj))}
    if row.get("id") is None:
        row.pop("id", None)
    return row


def field_value(cls: type, name: str, value: Any) -> Any:
    """Convert one Python value for column `name` of `cls` to its database form."""
    if name not in columns(cls):
        raise KeyError(name)
    return to_db(value)


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    converters, defaults, factories = _reader(typing.cast(Any, cls))
    kwargs: dict[str, Any] = {}
    for name, convert in converters:
        if name in row:
            value = row[name]
            kwargs[name] = value if value is None or convert is None else convert(value)
    # Non-nullable fields with defaults: let the dataclass default stand in for NULL.
    for name, default in defaults:
        if kwargs.get(name) is None:
            kwargs[name] = default
    for name in factories:
        if kwargs.get(name) is None:
            kwargs.pop(name, None)
    return cls(**kwargs)


Converter = typing.Callable[[Any], Any] | None


@functools.cache
def _reader(
    cls: type,
) -> tuple[tuple[tuple[str, Converter], ...], tuple[tuple[str, Any], ...], tuple[str, ...]]:
    """How from_row reads `cls`, worked out once: (column, converter or None) per
    column, (field, default) and the fields with a default factory. A case of 20
    conversations is a thousand rows; resolving every type hint per value cost more
    than reading them."""
    hints = _hints(cls)
    converters = tuple((name, _converter(hints[name])) for name in _columns(cls))
    fields = dataclasses.fields(cls)
    defaults = tuple((f.name, f.default) for f in fields if f.default is not dataclasses.MISSING)
    factories = tuple(
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is not dataclasses.MISSING
    )
    return converters, defaults, factories


def _converter(hint: Any) -> Converter:
    """What from_db does with a stored value of type `hint` (None: nothing)."""
    base = _base_type(hint)
    if base is bool:
        return bool
    if base is dt.date:
        return dt.date.fromisoformat
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return base
    if base is list:
        return _json_list
    if base is dict:
        return _json_dict
    return None


def _json_list(value: Any) -> list[Any]:
    return list(json.loads(value))


def _json_dict(value: Any) -> dict[str, Any]:
    return dict(json.loads(value))
