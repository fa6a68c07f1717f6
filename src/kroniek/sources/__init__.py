"""Sources: everything kroniek reads articles from, for ``extract``, ``ingest`` and ``batch``.

* :mod:`.article`: what a source yields (:class:`RawArticle`, :class:`HtmlRecord`, or an
  :class:`~kroniek.errors.InputError` naming the bad record) and the one minimum-length rule;
* :mod:`.files`: the one suffix table, finding inputs (directories, globs), reading a file;
* :mod:`.text`: decoding bytes, HTML extraction (trafilatura), headlines;
* :mod:`.json_records`: JSON and JSON-lines records;
* :mod:`.feeds`: RSS/Atom feeds and pages over HTTP (the fetcher);
* :mod:`.warc`: WARC/ARC archives (which records are articles: see its docstring);
* :mod:`.records`: every record of a list of inputs, whatever their kind;
* :mod:`.isolation`: per-document error isolation (record -> ready document or named error;
  a pipeline run where one failing document costs only itself).

A new kind of source is a module here that yields :data:`Record` items, a row in
:data:`~kroniek.sources.files.SUFFIXES` if it is found by name, and a branch in :mod:`.records`.
"""

from __future__ import annotations

from .article import HtmlRecord, RawArticle, Record, check_length
from .files import SUFFIXES, Kind, expand, kind_of, read
from .isolation import Outcome, analyse, describe, prepare
from .records import records
from .text import headline

__all__ = [
    "SUFFIXES", "HtmlRecord", "Kind", "Outcome", "RawArticle", "Record", "analyse", "check_length", "describe",
    "expand", "headline", "kind_of", "prepare", "read", "records",
]
