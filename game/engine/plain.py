"""Plain JSON-like data to dataclasses and back, with the standard library only (it runs in
the browser). `from_plain` names the path of the field that does not fit.

`read` is the one way in for what a player receives, imports or has saved: it checks each
value's type and its meaning (a `Meaning` declared once, on the dataclass field, with
`means(...)`), drops what does not fit with a note, and refuses only a whole that is not there."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
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
    if kind == "tuple":
        if not isinstance(data, (list, tuple)):
            raise SchemaError(f"{path}: expected a list")
        return tuple(from_plain(args[0], item, f"{path}[{i}]") for i, item in enumerate(data))
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
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:  # tuple[X, ...]: a list that stays put
        return "tuple", args[:1]
    if origin is dict:
        return "dict", args
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        return "dataclass", ()
    if cls is float:
        return "float", ()
    if isinstance(cls, type):
        return "type", ()
    return "unsupported", ()


@dataclass(frozen=True)
class Meaning:
    """What a value means beyond its type ("a date", "a card of the goals", "1 to 5").

    `test(value, known)` says whether `value` means it; `known` is what the caller knows (the
    game's content, say), or None when it has none at hand: a meaning that needs it then lets
    the value be. `name` says it in a note."""

    name: str
    test: Callable[[Any, Any], bool]


def means(value: Meaning | None = None, *, key: Meaning | None = None) -> dict[str, Meaning]:
    """Field metadata for `read`: the field's value (each item of a list, each value of a
    mapping) means `value`; a mapping's keys mean `key`.
    `field(default=None, metadata=means(card("goals")))`."""
    meta = {}
    if value is not None:
        meta["meaning"] = value
    if key is not None:
        meta["key_meaning"] = key
    return meta


def _is_date(value: Any, known: Any) -> bool:
    """A real calendar date (YYYY-MM-DD), alone or as the start of an ISO date and time."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value[:10]):
        return False
    try:
        dt.date.fromisoformat(value[:10])
        if len(value) > 10:
            dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


DATE = Meaning("a date", _is_date)
DATE_OR_EMPTY = Meaning("a date, or nothing", lambda value, known: value == "" or _is_date(value, known))


def scale(low: int, high: int) -> Meaning:
    """A whole number from `low` to `high`."""
    return Meaning(f"a number from {low} to {high}", lambda v, known: isinstance(v, int) and low <= v <= high)


def one_of(*values: object) -> Meaning:
    return Meaning(f"one of {list(values)}", lambda v, known: v in values)


def text(longest: int) -> Meaning:
    """A text of at most `longest` characters."""
    return Meaning(f"a text of at most {longest} characters", lambda v, known: len(v) <= longest)


@functools.cache
def _meanings(cls: type) -> dict[str, tuple[Meaning | None, Meaning | None]]:
    return {f.name: (f.metadata.get("meaning"), f.metadata.get("key_meaning")) for f in dataclasses.fields(cls)}


def read(cls: type[T], data: Any, known: Any = None, path: str = "data") -> tuple[T, list[str]]:
    """Build the dataclass `cls` from what came in from outside, and the notes on what was dropped.

    Every value is checked against its type and its meaning. A field that does not fit gets its
    default; a list item or mapping entry that does not fit is left out; each with a note that
    names its path. Raises SchemaError only when `data` is not a mapping or a required field
    does not fit: then there is nothing to build."""
    notes: list[str] = []
    return _Reader(known, notes).value(cls, data, path, None, None), notes


class _Reader:
    def __init__(self, known: Any, notes: list[str]) -> None:
        self.known, self.notes = known, notes

    def value(self, hint: Any, data: Any, path: str, meaning: Meaning | None, key_meaning: Meaning | None) -> Any:
        kind, args = _shape(hint)
        if kind == "union":
            if data is None and type(None) in args:
                return None
            errors = []
            for arg in args:
                if arg is not type(None):
                    try:
                        return self.value(arg, data, path, meaning, key_meaning)
                    except SchemaError as exc:
                        errors.append(str(exc))
            raise SchemaError("; ".join(errors) or f"{path}: no value")
        if kind == "list":
            if not isinstance(data, list):
                raise SchemaError(f"{path}: expected a list")
            return self.kept((args[0], item, f"{path}[{i}]", meaning, None) for i, item in enumerate(data))
        if kind == "tuple":
            if not isinstance(data, (list, tuple)):
                raise SchemaError(f"{path}: expected a list")
            return tuple(self.kept((args[0], item, f"{path}[{i}]", meaning, None) for i, item in enumerate(data)))
        if kind == "dict":
            if not isinstance(data, dict):
                raise SchemaError(f"{path}: expected a mapping")
            out = {}
            for k, v in data.items():
                try:
                    out[self.value(args[0], k, f"{path} key {_short(k)}", key_meaning, None)] = self.value(
                        args[1], v, f"{path}.{_short(k)}", meaning, None
                    )
                except SchemaError as exc:
                    self.notes.append(str(exc))
            return out
        if kind == "dataclass":
            if not isinstance(data, dict):
                raise SchemaError(f"{path}: expected a mapping")
            kwargs = {}
            meanings = _meanings(hint)
            for name, field_hint, required in _fields(hint):
                if name not in data:
                    if required:
                        raise SchemaError(f"{path}.{name}: missing")
                    continue
                try:
                    kwargs[name] = self.value(field_hint, data[name], f"{path}.{name}", *meanings[name])
                except SchemaError as exc:
                    if required:
                        raise
                    self.notes.append(str(exc))
            return hint(**kwargs)
        value = from_plain(hint, data, path)
        if isinstance(value, str) and not _encodable(value):
            raise SchemaError(f"{path}: not a text (broken characters)")
        if meaning is not None and not meaning.test(value, self.known):
            raise SchemaError(f"{path}: {_short(value)} is not {meaning.name}")
        return value

    def kept(self, items: typing.Iterable[tuple[Any, Any, str, Meaning | None, None]]) -> list[Any]:
        out = []
        for item in items:
            try:
                out.append(self.value(*item))
            except SchemaError as exc:
                self.notes.append(str(exc))
        return out


def _encodable(value: str) -> bool:
    """No lone surrogates (JSON allows them; UTF-8, the screen and the save do not)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _short(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def to_plain(obj: Any) -> Any:
    """The inverse of `from_plain`: dataclasses to JSON-ready dicts."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    return obj
