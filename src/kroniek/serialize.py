"""The one serializer between :mod:`kroniek.model` and the kroniek/1 JSON shape, and the field shapes
every other form of the model is derived from.

* :func:`document_to_dict` / :func:`document_from_dict`: a document as kroniek/1 JSON and back
  (``Document.to_dict``/``from_dict`` call these);
* :func:`to_plain`: any model item in its kroniek/1 shape (extras left out when None, an event's
  ``size`` keyed by slot); :func:`record`: every field of an item, nested (store rows, Parquet rows);
  :func:`build`: the item back from either;
* :func:`shape`: the fields of a model dataclass with their types unwrapped (optional? a tuple of?
  which scalar, literal or dataclass?), which the store columns, the API schemas and the export and
  Parquet columns are made from, so that a field added to ``model.py`` reaches them all.
"""

from __future__ import annotations

import dataclasses
import functools
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from .model import EXTRA, SCHEMA, Document, Event, Json, SizeSlot

T = TypeVar("T")

#: The keys of the kroniek/1 ``document`` object, in their order (``Document`` fields of the same names).
DOCUMENT_KEYS: tuple[str, ...] = ("id", "url", "source", "title", "published", "language", "text")
#: The item lists of a kroniek/1 document (``Document`` fields of the same names), in their order.
SECTIONS: tuple[str, ...] = ("sentences", "entities", "places", "times", "quantities", "quotes", "events",
                             "conflicts")


# --------------------------------------------------------------------------- field shapes
@dataclass(frozen=True, slots=True)
class FieldShape:
    """One dataclass field with its type hint taken apart."""

    name: str
    hint: Any  # the whole type hint
    base: Any  # what is left without ``| None`` and ``tuple[..., ...]``: a scalar type, a Literal or a dataclass
    optional: bool  # may be None
    many: bool  # a tuple of ``base``
    extra: bool  # outside the kroniek/1 contract (written only when not None)
    default: Any  # dataclasses.MISSING when the field is required

    @property
    def nested(self) -> bool:
        return isinstance(self.base, type) and dataclasses.is_dataclass(self.base)

    @property
    def scalar(self) -> type:
        """The Python type of a scalar field (``str`` for a Literal of strings)."""
        if get_origin(self.base) is Literal:
            return type(get_args(self.base)[0])
        if not isinstance(self.base, type):
            raise TypeError(f"field {self.name} is no scalar: {self.hint!r}")
        return self.base

    @property
    def required(self) -> bool:
        return self.default is dataclasses.MISSING


def _unwrap(hint: Any) -> tuple[Any, bool, bool]:
    """(base, optional, many) of a type hint."""
    optional = many = False
    if get_origin(hint) in (Union, types.UnionType):
        members = [a for a in get_args(hint) if a is not type(None)]
        optional = len(members) < len(get_args(hint))
        if len(members) != 1:
            raise TypeError(f"cannot take apart the union {hint!r}")
        hint = members[0]
    if get_origin(hint) is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            many, hint = True, args[0]
    return hint, optional, many


@functools.cache
def shape(cls: type) -> tuple[FieldShape, ...]:
    """The fields of the model dataclass ``cls``, in declaration order."""
    hints = get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        base, optional, many = _unwrap(hints[f.name])
        default: Any = f.default
        if f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        out.append(FieldShape(name=f.name, hint=hints[f.name], base=base, optional=optional, many=many,
                              extra=bool(f.metadata.get(EXTRA)), default=default))
    return tuple(out)


def field_shape(cls: type, name: str) -> FieldShape:
    """The shape of the field ``name`` of ``cls``."""
    for f in shape(cls):
        if f.name == name:
            return f
    raise KeyError(f"{cls.__name__} has no field {name!r}")


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, bool], ...]:
    return tuple((f.name, f.extra) for f in shape(cls))


# --------------------------------------------------------------------------- model -> JSON
def to_plain(obj: Any) -> Any:
    """The kroniek/1 shape of a model item: dicts and lists, extras left out when None."""
    if isinstance(obj, Event):
        return event_to_dict(obj)
    if isinstance(obj, (tuple, list)):
        return [to_plain(x) for x in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {}
        for name, is_extra in _plan(type(obj)):
            value = getattr(obj, name)
            if value is None and is_extra:
                continue
            out[name] = to_plain(value)
        return out
    return obj


def record(obj: Any) -> Any:
    """Every field of a model item as dicts and lists (the row shape of the store and the Parquet shards)."""
    if isinstance(obj, (tuple, list)):
        return [record(x) for x in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: record(getattr(obj, name)) for name, _ in _plan(type(obj))}
    return obj


def event_to_dict(e: Event) -> Json:
    """The kroniek/1 JSON of one event (its own key order; ``size`` keyed by slot)."""
    out: Json = {
        "id": e.id, "type": e.type, "mode": e.mode, "contexts": list(e.contexts), "acled": to_plain(e.acled),
        "trigger": to_plain(e.trigger), "sentence": e.sentence,
        "actors": [to_plain(a) for a in e.actors], "targets": [to_plain(t) for t in e.targets],
        "where": [to_plain(w) for w in e.where], "when": to_plain(e.when) if e.when else None,
        "size": {s.slot: {"low": s.low, "high": s.high, "quantity": s.quantity} for s in e.size},
        "modality": e.modality, "claimed_by": e.claimed_by, "confidence": e.confidence,
    }
    if e.mentions:
        out["mentions"] = [to_plain(m) for m in e.mentions]
    if e.rule:
        out["rule"] = e.rule
    # Participants need "entity" even when null (schema: required).
    for key in ("actors", "targets"):
        for p in out[key]:
            p.setdefault("entity", None)
    return out


def document_to_dict(doc: Document, *, tokens: bool = False) -> Json:
    """The kroniek/1 JSON object of ``doc`` (``tokens=True`` adds the token analysis)."""
    out: Json = {"schema": SCHEMA, "document": {k: getattr(doc, k) for k in DOCUMENT_KEYS}}
    for key in SECTIONS:
        out[key] = [to_plain(x) for x in getattr(doc, key)]
    if tokens:
        out["tokens"] = [to_plain(t) for t in doc.tokens]
    return out


# --------------------------------------------------------------------------- JSON -> model
def _sizes(value: Any) -> tuple[SizeSlot, ...]:
    """An event's sizes from kroniek/1 (``{slot: {low, high, quantity}}``) or from records (a list)."""
    if isinstance(value, Mapping):
        return tuple(SizeSlot(slot=k, low=v.get("low"), high=v.get("high"), quantity=v.get("quantity"))
                     for k, v in value.items())
    return tuple(build(SizeSlot, v) for v in value)


def _converter(f: FieldShape) -> Callable[[Any], Any] | None:
    if f.name == "size" and f.base is SizeSlot:
        return _sizes
    if f.nested:
        cls = f.base
        if f.many:
            return lambda v: tuple(build(cls, x) for x in v)
        return lambda v: build(cls, v) if v else None
    if f.many:
        if get_origin(f.base) is tuple:  # e.g. paragraphs: tuple[tuple[int, int], ...]
            return lambda v: tuple(tuple(x) for x in v)
        return tuple
    return None


@functools.cache
def _build_plan(cls: Any) -> tuple[dict[str, Callable[[Any], Any] | None], tuple[str, ...]]:
    """(converter of each field, fields that default to None when missing) of ``cls``."""
    fields = shape(cls)
    return ({f.name: _converter(f) for f in fields},
            tuple(f.name for f in fields if f.optional and f.required))


def build(cls: type[T], data: Mapping[Any, Any]) -> T:
    """The model item ``cls`` from its kroniek/1 dict or its record (other keys are ignored)."""
    converters, none_if_missing = _build_plan(cls)  # type: ignore[arg-type]  # classes are hashable
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in converters:
            continue
        conv = converters[key]
        kwargs[key] = conv(value) if conv is not None and value is not None else value
    for key in none_if_missing:
        kwargs.setdefault(key, None)
    return cls(**kwargs)


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """A document from its kroniek/1 JSON object (the inverse of :func:`document_to_dict`)."""
    d = data["document"]
    fields: dict[str, Any] = {k: d.get(k) for k in DOCUMENT_KEYS}
    fields["text"] = d["text"]
    fields["language"] = d.get("language") or ""
    fields["id"] = d.get("id") or ""
    for key in (*SECTIONS, "tokens"):
        fields[key] = data.get(key, ())
    return build(Document, fields)


__all__ = [
    "DOCUMENT_KEYS", "SECTIONS", "FieldShape", "shape", "field_shape", "to_plain", "record", "event_to_dict",
    "document_to_dict", "document_from_dict", "build",
]
