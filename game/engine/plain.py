"""Plain JSON-like data to dataclasses and back, with the standard library only (it runs in
the browser). `from_plain` names the path of the field that does not fit."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, Literal


class SchemaError(ValueError):
    """Content does not fit the schema; the message names the path of the field."""


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """Each field's name, resolved type and whether it must be given; worked out once per class
    (resolving the type hints was most of the content load time in the browser)."""
    hints = typing.get_type_hints(cls)
    return tuple(
        (f.name, hints[f.name], f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in dataclasses.fields(cls)
    )


T = typing.TypeVar("T")


@typing.overload
def from_plain(cls: type[T], data: Any, path: str = "content") -> T: ...
@typing.overload
def from_plain(cls: Any, data: Any, path: str = "content") -> Any: ...


def from_plain(cls: Any, data: Any, path: str = "content") -> Any:
    """Build `cls` (a dataclass or a typing form of them) from JSON-like data.

    Standard library only: this is what the game uses at runtime.
    """
    kind, args = _shape(cls)
    if kind == "type":
        if isinstance(data, bool) and cls is not bool:
            raise SchemaError(f"{path}: expected {cls.__name__}")
        if not isinstance(data, cls):
            raise SchemaError(f"{path}: expected {cls.__name__}, got {type(data).__name__}")
        return data
    if kind == "any":
        return data
    if kind == "union":
        if data is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return from_plain(arg, data, path)
            except SchemaError as exc:
                errors.append(str(exc))
        raise SchemaError("; ".join(errors) or f"{path}: no value")
    if kind == "literal":
        if data not in args:
            raise SchemaError(f"{path}: {data!r} is not one of {list(args)}")
        return data
    if kind == "list":
        if not isinstance(data, list):
            raise SchemaError(f"{path}: expected a list")
        return [from_plain(args[0], item, f"{path}[{i}]") for i, item in enumerate(data)]
    if kind == "dict":
        if not isinstance(data, dict):
            raise SchemaError(f"{path}: expected a mapping")
        return {k: from_plain(args[1], v, f"{path}.{k}") for k, v in data.items()}
    if kind == "dataclass":
        if not isinstance(data, dict):
            raise SchemaError(f"{path}: expected a mapping for {cls.__name__}")
        kwargs = {}
        for name, hint, required in _fields(cls):
            if name in data:
                kwargs[name] = from_plain(hint, data[name], f"{path}.{name}")
            elif required:
                raise SchemaError(f"{path}.{name}: missing")
        return cls(**kwargs)
    if kind == "float":
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise SchemaError(f"{path}: expected a number")
        return float(data)
    raise SchemaError(f"{path}: unsupported type {cls!r}")


@functools.cache
def _shape(cls: Any) -> tuple[str, tuple[Any, ...]]:
    """What kind of type `cls` is, and its arguments: worked out once per type (asking typing
    each time was most of the content load in the browser, where the first frame waits on it)."""
    origin, args = typing.get_origin(cls), typing.get_args(cls)
    if cls is Any:
        return "any", ()
    if origin is typing.Union or origin is types.UnionType:
        return "union", args
    if origin is Literal:
        return "literal", args
    if origin is list:
        return "list", args
    if origin is dict:
        return "dict", args
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        return "dataclass", ()
    if cls is float:
        return "float", ()
    if isinstance(cls, type):
        return "type", ()
    return "unsupported", ()


def to_plain(obj: Any) -> Any:
    """The inverse of `from_plain`: dataclasses to JSON-ready dicts."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    return obj
