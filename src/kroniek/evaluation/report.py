"""Pairing gold files with predictions, scoring them all, and the report (micro averages, summary)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .document import COMPONENTS, DocumentScore, score_document
from .rules import Counts, Json, obj

#: The headline numbers: name -> (component, "f1" or an attribute accuracy).
SUMMARY: tuple[tuple[str, str, str], ...] = (
    ("events_f1", "events", "f1"), ("times_f1", "times", "f1"), ("places_f1", "places", "f1"),
    ("quantities_f1", "quantities", "f1"), ("quotes_f1", "quotes", "f1"),
    ("time_value_acc", "times", "value_acc"), ("place_res_acc", "places", "resolution_acc"),
    ("speaker_acc", "quotes", "speaker_acc"), ("when_acc", "events", "when_acc"),
    ("where_acc", "events", "where_acc"), ("actor_acc", "events", "actor_acc"),
    ("target_acc", "events", "target_acc"),
)


@dataclass(frozen=True)
class Report:
    """Scores of a set of documents; :meth:`to_dict` is the JSON report (``--json``)."""

    documents: tuple[DocumentScore, ...]
    missing_predictions: tuple[str, ...]
    schema_violations: int | None = None  # None: not validated
    schema_messages: tuple[str, ...] = ()

    @property
    def gold_errors(self) -> list[str]:
        return [e for d in self.documents for e in d.gold_errors]

    @property
    def micro(self) -> dict[str, Json]:
        """Metrics per component, counts summed over the documents."""
        totals = {component: Counts() for component in COMPONENTS}
        for d in self.documents:
            for component in COMPONENTS:
                totals[component] += d.counts[component]
        return {component: totals[component].metrics() for component in COMPONENTS}

    @property
    def summary(self) -> dict[str, float | None]:
        micro = self.micro
        return {name: micro[component]["f1"] if what == "f1"
                else micro[component]["attributes"].get(what, {}).get("accuracy")
                for name, component, what in SUMMARY}

    def to_dict(self) -> Json:
        return {"documents": len(self.documents), "missing_predictions": list(self.missing_predictions),
                "gold_errors": self.gold_errors, "schema_violations": self.schema_violations,
                "schema_messages": list(self.schema_messages), "summary": self.summary, "micro": self.micro,
                "by_document": {d.name: {c: d.counts[c].metrics() for c in COMPONENTS} for d in self.documents}}


def score_documents(gold: Mapping[str, Json], predictions: Mapping[str, Json | None], *,
                    schema: Path | None = None) -> Report:
    """Score ``predictions[name]`` against ``gold[name]`` for every gold name (missing: scored empty).

    With ``schema`` (a JSON Schema file, e.g. ``../shared/schema/kroniek-1.schema.json``) the
    predictions are validated too.
    """
    scores = tuple(score_document(g, predictions.get(name), name) for name, g in gold.items())
    missing = tuple(name for name in gold if predictions.get(name) is None)
    if schema is None:
        return Report(scores, missing)
    present = [(name, p) for name in gold if (p := predictions.get(name)) is not None]
    messages = schema_errors(present, schema)
    return Report(scores, missing, len(messages), tuple(messages))


def schema_errors(documents: Iterable[tuple[str, Json]], schema: Path) -> list[str]:
    """One line per violation of ``schema`` (JSON Schema 2020-12) by the named documents."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(_read_json(schema))
    return [f"{name}: {'/'.join(map(str, err.absolute_path)) or '<root>'}: {err.message[:200]}"
            for name, doc in documents for err in validator.iter_errors(doc)]


# ----------------------------------------------------------------------------------- files
def _read_json(path: Path, lines: bool = False) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    if not lines:
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: invalid JSON: {exc}") from None
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: invalid JSON: {exc}") from None
    return records


def _files(paths: Iterable[Path], patterns: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted({f for pattern in patterns for f in path.glob(pattern) if f.is_file()})
        elif path.is_file():
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return out


def gold_name(path: Path) -> str:
    """``X`` for ``X.gold.json`` (the name its prediction ``X.json`` pairs by)."""
    return re.sub(r"(\.gold)?\.json$", "", path.name)


def record_names(record: Json) -> list[str]:
    """What a record pairs by: its ``file`` (top level or in ``document``, as given, name and stem), its id."""
    document = obj(record.get("document"))
    given = [v for v in (record.get("file"), document.get("file"), document.get("id")) if isinstance(v, str) and v]
    return [n for v in given for n in (v, Path(v).name, Path(v).stem)]


def load_gold(paths: Iterable[Path]) -> dict[str, Json]:
    """Gold objects by name, from folders (``*.gold.json``) and files."""
    paths = list(paths)
    gold: dict[str, Json] = {}
    for path in _files(paths, ("*.gold.json",)):
        data = _read_json(path)
        if not isinstance(data, dict):
            raise InputError(f"{path}: a gold file must hold one JSON object")
        gold[gold_name(path)] = data
    if not gold:
        raise InputError(f"no gold files (*.gold.json) in {' '.join(map(str, paths))}")
    return gold


def load_predictions(paths: Iterable[Path]) -> dict[str, Json]:
    """Predictions by every name they pair by: the stem of ``X.json``, and each record's names."""
    index: dict[str, Json] = {}
    for path in _files(paths, ("*.json", "*.jsonl")):
        if path.name.endswith((".gold.json", ".meta.json")):
            continue
        data = _read_json(path, lines=path.suffix == ".jsonl")
        if isinstance(data, dict):
            index[re.sub(r"\.json$", "", path.name)] = data
        for record in data if isinstance(data, list) else [data]:
            if not isinstance(record, dict):
                raise InputError(f"{path}: a prediction must be a JSON object")
            for name in record_names(record):
                index.setdefault(name, record)
    return index


def pair(gold: Mapping[str, Json], index: Mapping[str, Json]) -> dict[str, Json | None]:
    """Each gold name's prediction: by the gold name, else by the names the gold record gives."""
    paired = {name: next((index[k] for k in (name, *record_names(g)) if k in index), None)
              for name, g in gold.items()}
    if gold and all(p is None for p in paired.values()):
        raise InputError("no prediction matches any gold file (pairing is by stem: X.gold.json <-> X.json)")
    return paired
