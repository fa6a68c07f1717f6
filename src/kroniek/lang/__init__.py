"""Languages: everything kroniek knows about one language, in one package per language.

Modelled on spaCy's ``spacy/lang/<code>/``: a language is a package (``kroniek.lang.nl``)
holding its closed-class words, cues, lexicons and rule tables as data files in ``data/``,
and a :class:`Language` object that stages ask for them by name. Stages are language-neutral
code: ``lang.words("negations")``, ``lang.mapping("month_numbers")``, ``lang.json("timex")``.

A language is registered like a stage: an entry point in the group ``kroniek.languages``
whose value is a :class:`Language`. A plugin package declares::

    [project.entry-points."kroniek.languages"]
    "af" = "acme_kroniek_af:LANGUAGE"

Resource files (``data/<name>.<ext>``):

* ``<name>.txt``: one entry per line, blank lines and lines starting with ``#`` ignored;
  read with :meth:`Language.words` (a frozenset) or :meth:`Language.sequence` (in file order).
* ``<name>.tsv``: tab-separated rows, ``#`` comments; :meth:`Language.table` (rows) or
  :meth:`Language.mapping` (first column -> second column).
* ``<name>.json``: anything structured (rule tables, scalar facts); :meth:`Language.json`.

A resource a stage asks for and the language lacks is a :class:`~kroniek.errors.ResourceError`
naming the file that was expected: every language provides every resource (a test checks that
the shipped languages and a small test language agree on the set).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from ..errors import ConfigError, ResourceError, UnsupportedLanguageError
from ..plugins import PluginRegistry

ENTRY_POINT_GROUP = "kroniek.languages"


def _lines(text: str) -> list[str]:
    # Strip only the newline and surrounding blanks: entries may contain inner spaces ("in plaats van").
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]


@dataclass(frozen=True, eq=False)
class Language:
    """One language: its code, its name and the folder of its data files.

    ``spacy_code`` is the code ``spacy.blank`` knows the language by (default: ``code``);
    ``model`` is the shipped spaCy pipeline (a folder), or None for a blank tokenizer;
    ``caseless_model`` an optional NER-only pipeline for text without letter case (lower-cased, ALL CAPS),
    for a language whose main NER reads capitals (kroniek.nlp.caseless_ner); None routes nothing.
    """

    code: str
    name: str
    data: Traversable | Path
    spacy_code: str = ""
    model: Traversable | Path | None = None
    caseless_model: Traversable | Path | None = None
    _cache: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False, compare=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)  # words() reads sequence() inside it

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {self.name!r})"

    # -- files ---------------------------------------------------------------------------------
    def _file(self, name: str, ext: str) -> Traversable | Path:
        return self.data / f"{name}.{ext}"

    def has(self, name: str) -> bool:
        """Whether the language provides resource ``name`` in any format."""
        return any(self._file(name, ext).is_file() for ext in ("txt", "tsv", "json"))

    def resource_names(self) -> list[str]:
        """The names of every resource file this language ships."""
        if not self.data.is_dir():
            return []
        return sorted({p.name.rsplit(".", 1)[0] for p in self.data.iterdir()
                       if p.is_file() and p.name.rsplit(".", 1)[-1] in ("txt", "tsv", "json")})

    def _read(self, name: str, ext: str) -> str:
        path = self._file(name, ext)
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ResourceError(
                f"language {self.code} has no resource {name!r}: expected the file {path}; every language must "
                f"provide every resource a stage asks for (see kroniek.lang)"
            ) from None

    def _cached(self, name: str, kind: str, build: Any) -> Any:
        key = (name, kind)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]

    # -- readers -------------------------------------------------------------------------------
    def sequence(self, name: str) -> tuple[str, ...]:
        """The entries of ``data/<name>.txt`` in file order."""
        return self._cached(name, "seq", lambda: tuple(_lines(self._read(name, "txt"))))  # type: ignore[no-any-return]

    def words(self, name: str) -> frozenset[str]:
        """The entries of ``data/<name>.txt`` as a set."""
        return self._cached(name, "set", lambda: frozenset(self.sequence(name)))  # type: ignore[no-any-return]

    def table(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The rows of ``data/<name>.tsv`` (cells stripped, comment and blank lines skipped)."""
        def build() -> tuple[tuple[str, ...], ...]:
            return tuple(tuple(c.strip() for c in line.split("\t")) for line in _lines(self._read(name, "tsv")))
        return self._cached(name, "table", build)  # type: ignore[no-any-return]

    def mapping(self, name: str) -> Mapping[str, str]:
        """``data/<name>.tsv`` as first column -> second column (a later row wins)."""
        def build() -> Mapping[str, str]:
            out: dict[str, str] = {}
            for row in self.table(name):
                if len(row) < 2:
                    raise ResourceError(f"language {self.code}: {name}.tsv row {row!r} needs two tab-separated cells")
                out[row[0]] = row[1]
            return out
        return self._cached(name, "map", build)  # type: ignore[no-any-return]

    def json(self, name: str) -> Any:
        """The parsed ``data/<name>.json``."""
        def build() -> Any:
            try:
                return json.loads(self._read(name, "json"))
            except json.JSONDecodeError as exc:
                raise ResourceError(f"language {self.code}: {name}.json is not valid JSON: {exc}") from None
        return self._cached(name, "json", build)


def package_language(package: str, code: str, name: str, *, spacy_code: str = "", model: str | None = None,
                     caseless_model: str | None = None) -> Language:
    """A :class:`Language` whose data lies in ``<package>/data`` (and shipped models in kroniek/models/<model>
    and kroniek/models/<caseless_model>)."""
    models = resources.files("kroniek") / "models"
    return Language(code=code, name=name, data=resources.files(package) / "data", spacy_code=spacy_code or code,
                    model=models / model if model else None,
                    caseless_model=models / caseless_model if caseless_model else None)


def _check_code(language: Language) -> None:
    if not language.code or not language.code.isalpha() or not language.code.islower():
        raise ConfigError(f"language code {language.code!r} must be a lower-case ISO 639 code such as 'nl'")


_LANGUAGES: PluginRegistry[Language] = PluginRegistry(ENTRY_POINT_GROUP, "language", Language, lambda x: x.code,
                                                      _check_code)


def register_language(language: Language) -> Language:
    """Register ``language`` in this process (entry points do this for installed packages)."""
    return _LANGUAGES.register(language)


def unregister_language(code: str) -> None:
    """Forget a registered language (for tests that register a temporary one)."""
    _LANGUAGES.unregister(code)


def language_codes() -> list[str]:
    """The codes of every registered language, sorted."""
    return _LANGUAGES.names()


def get_language(code: str | None) -> Language:
    """The registered language ``code``; :class:`UnsupportedLanguageError` for any other."""
    language = _LANGUAGES.get(str(code))
    if language is None:
        raise UnsupportedLanguageError(str(code), supported=_LANGUAGES.names())
    return language


__all__ = [
    "ENTRY_POINT_GROUP", "Language", "get_language", "language_codes", "package_language", "register_language",
    "unregister_language",
]
