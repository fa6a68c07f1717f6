"""Inputs of ``kroniek batch``: files, directories and fsspec URLs, cut into stable partitions.

A *stream* input (WARC, WARC.gz, JSONL, possibly compressed) holds many records. It is planned
once by a scan on a worker (:func:`plan_stream`) that counts the records kroniek reads and notes the
byte offset at every ``partition_size``-th one, so that each partition reads only its own byte
range (gzip-per-record WARC and plain JSONL are seekable; compressed JSONL is read from the start
and the records before the partition are skipped). Loose article files (``.txt``, ``.html``,
``.json``) are grouped ``partition_size`` files at a time.

Partition ids depend only on the input (its URL and size) and the partition size, so a rerun over
the same inputs maps every record to the same partition and can skip the complete ones.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import fsspec
from fsspec.implementations.local import LocalFileSystem

from ..errors import InputError
from ..sources.article import HtmlRecord, RawArticle, Record
from ..sources.files import CORRUPT, check_size, compressed, kind_of, parse_bytes, read_sidecar, with_sidecar
from ..sources.json_records import jsonl_name, jsonl_record
from ..sources.warc import archive_records, record_name, warc_content, warc_record

log = logging.getLogger(__name__)

SourceKind = Literal["warc", "jsonl", "file"]


@dataclass(frozen=True)
class Source:
    """One input file: its URL (or local path), what it holds and its size in bytes."""

    url: str
    kind: SourceKind
    size: int

    @property
    def key(self) -> str:
        """A file-system-safe name: the file's stem plus a digest of its URL and size."""
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", PurePosixPath(self.url.rstrip("/")).name)[:60] or "input"
        digest = hashlib.sha1(f"{self.url}\0{self.size}".encode()).hexdigest()[:10]
        return f"{stem}-{digest}"


@dataclass(frozen=True)
class Partition:
    """A unit of work: records ``first .. first+count-1`` of one stream, or a group of loose files.

    ``start``/``end`` are the byte offsets of the partition's records in a seekable stream
    (None: read from the beginning and skip ``first`` records).
    """

    id: str
    kind: SourceKind
    inputs: tuple[str, ...]
    first: int = 0
    count: int = 0
    start: int | None = None
    end: int | None = None
    error: str | None = None  # why the input could not be scanned (the partition reports it)
    line: int | None = None  # JSON lines: the line number of the first record (records are named by line)


@dataclass(frozen=True)
class PartitionRecord:
    """One record of a partition where it lies: what the source yielded for it (an article, a page
    still to extract, or the reason it cannot be read)."""

    input: str
    index: int  # position of the record in its input
    name: str
    item: Record

    @property
    def article(self) -> RawArticle | HtmlRecord | None:
        return None if isinstance(self.item, InputError) else self.item

    @property
    def error(self) -> InputError | None:
        return self.item if isinstance(self.item, InputError) else None


# --------------------------------------------------------------------------- finding inputs
def classify(name: str) -> SourceKind | None:
    """What a file holds for batch (from the one suffix table); None for files batch does not read."""
    kind = kind_of(name)
    if kind in ("warc", "jsonl"):
        return kind
    return "file" if kind in ("text", "html", "json") else None


def _url(fs: Any, path: str) -> str:
    return path if isinstance(fs, LocalFileSystem) else fs.unstrip_protocol(path)


def expand(inputs: Sequence[str], *, exclude: str | None = None) -> list[Source]:
    """Every input file: files as given, directories searched recursively (hidden files skipped).

    Raises InputError for an input that does not exist, so that a typo fails before a cluster starts.
    """
    out: list[Source] = []
    skip_prefix = None
    if exclude:
        _, epath = fsspec.core.url_to_fs(exclude)
        skip_prefix = epath.rstrip("/") + "/"
    for given in inputs:
        try:
            fs, path = fsspec.core.url_to_fs(given)
        except (ImportError, ValueError) as exc:
            raise InputError(f"cannot open {given}: {exc} (install the fsspec package for its protocol, "
                             "e.g. s3fs or gcsfs)", source=given) from None
        if not fs.exists(path):
            raise InputError("no such file or directory", source=given)
        if fs.isdir(path):
            found = fs.find(path, detail=True)
            for p in sorted(found):
                rel = p[len(path.rstrip("/")) + 1:]
                if any(part.startswith((".", "_")) for part in rel.split("/")):
                    continue
                if skip_prefix and (p + "/").startswith(skip_prefix):
                    continue
                kind = classify(p)
                if kind is not None:
                    out.append(Source(_url(fs, p), kind, int(found[p].get("size") or 0)))
        else:
            if kind_of(path) == "feed":
                raise InputError("batch does not read RSS/Atom feeds (their pages are fetched over the network); "
                                 "use `kroniek ingest`", source=given)
            kind = classify(path) or "file"
            out.append(Source(_url(fs, path), kind, int(fs.size(path) or 0)))
    first: dict[str, Source] = {}
    for s in out:  # a file named twice (or inside two given directories) is read once
        first.setdefault(s.url, s)
    unique = list(first.values())
    log.info("%d inputs (%d streams, %d loose files)", len(unique), sum(s.kind != "file" for s in unique),
             sum(s.kind == "file" for s in unique))
    return unique


def plan_files(sources: Sequence[Source], partition_size: int) -> list[Partition]:
    """Loose article files, ``partition_size`` per partition (id from the member names)."""
    files = sorted(s.url for s in sources if s.kind == "file")
    parts = []
    for k in range(0, len(files), partition_size):
        group = tuple(files[k:k + partition_size])
        digest = hashlib.sha1("\n".join(group).encode()).hexdigest()[:16]
        parts.append(Partition(id=f"files-{digest}", kind="file", inputs=group, count=len(group)))
    return parts


# --------------------------------------------------------------------------- planning streams
def plan_stream(source: Source, partition_size: int) -> list[Partition]:
    """Scan a WARC or JSONL input and cut it into partitions of ``partition_size`` records.

    An unreadable input gives a single partition covering the whole file: reading it then
    reports the reason as an error record. A WARC damaged partway (truncated, corrupt) gives the
    partitions of the whole records before the damage, then one such error partition.
    """
    if partition_size < 1:
        raise InputError(f"partition size must be at least 1, got {partition_size}")
    base = f"{source.key}-p{partition_size}"
    damage: InputError | None = None
    try:
        if source.kind == "warc":
            offsets, damage = _warc_offsets(source.url)
        else:
            offsets = _jsonl_offsets(source.url)
    except CORRUPT as exc:  # other OSErrors (network, permissions) fail the task: Dask retries it
        log.warning("%s: cannot scan: %s", source.url, exc)
        reason = exc.message if isinstance(exc, InputError) else f"corrupt input: {type(exc).__name__}: {exc}"
        return [Partition(id=f"{base}-00000", kind=source.kind, inputs=(source.url,), first=0, count=-1,
                          error=reason)]
    seekable = source.kind == "warc" or not compressed(source.url)
    parts = []
    for n, k in enumerate(range(0, len(offsets), partition_size)):
        chunk = offsets[k:k + partition_size]
        parts.append(Partition(
            id=f"{base}-{n:05d}", kind=source.kind, inputs=(source.url,), first=k, count=len(chunk),
            start=chunk[0][0] if seekable else None, end=chunk[-1][1] if seekable else None,
            line=chunk[0][2] if seekable and source.kind == "jsonl" else None))
    if damage is not None:  # the records before the damage are read; the damage is the file's one error
        log.warning("%s: %s", source.url, damage.message)
        parts.append(Partition(id=f"{base}-{len(parts):05d}", kind=source.kind, inputs=(source.url,),
                               first=len(offsets), count=-1, error=damage.message))
    return parts


def _warc_offsets(url: str) -> tuple[list[tuple[int, int, int]], InputError | None]:
    """(start, end, 0) of every article record, and the damage that stopped the scan (None: whole file)."""
    out = []
    with fsspec.open(url, "rb") as f:
        try:
            for entry in archive_records(f, url):
                wanted = warc_content(entry.record) is not None
                entry.ensure_whole()
                if wanted:
                    out.append((*entry.span, 0))
        except InputError as exc:
            return out, exc
    return out, None


def _jsonl_offsets(url: str) -> list[tuple[int, int, int]]:
    """(start, end, line number) of every record (non-blank line)."""
    out = []
    with fsspec.open(url, "rb", compression="infer") as f:
        pos = 0
        for n, line in enumerate(f, 1):
            if line.strip():
                out.append((pos, pos + len(line), n))
            pos += len(line)
    return out


# --------------------------------------------------------------------------- reading partitions
class _Range(io.RawIOBase):
    """The bytes ``start .. end`` of an open file, with absolute ``tell()`` (warcio notes offsets)."""

    def __init__(self, f: Any, start: int, end: int) -> None:
        self.f, self.pos, self.end = f, start, end
        f.seek(start)

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int | None = -1) -> bytes:
        left = self.end - self.pos
        if left <= 0:
            return b""
        data = self.f.read(left if size is None or size < 0 else min(size, left))
        self.pos += len(data)
        return bytes(data)


def read_partition(part: Partition, *, max_bytes: int) -> Iterator[PartitionRecord]:
    """The records of ``part`` in order; unreadable records and inputs come as error records."""
    if part.kind == "file":
        for url in part.inputs:
            yield from _read_file(url, max_bytes)
        return
    url = part.inputs[0]
    if part.error:
        yield PartitionRecord(input=url, index=-1, name=url, item=InputError(part.error, source=url))
        return
    try:
        if part.kind == "warc":
            yield from _read_warc(part, url, max_bytes)
        else:
            yield from _read_jsonl(part, url, max_bytes)
    except InputError as exc:
        yield PartitionRecord(input=url, index=-1, name=url, item=exc)
    except CORRUPT as exc:
        yield PartitionRecord(input=url, index=-1, name=url,
                     item=InputError(f"corrupt input: {type(exc).__name__}: {exc}", source=url))


def _read_file(url: str, max_bytes: int) -> Iterator[PartitionRecord]:
    fs, path = fsspec.core.url_to_fs(url)
    try:
        check_size(fs.size(path), max_bytes, url)
        data = fs.cat_file(path)
        meta = read_sidecar(Path(path)) if isinstance(fs, LocalFileSystem) else {}
        items = parse_bytes(data, url, PurePosixPath(path).suffix, max_bytes)
    except InputError as exc:
        yield PartitionRecord(input=url, index=-1, name=url, item=exc)
        return
    except FileNotFoundError:
        yield PartitionRecord(input=url, index=-1, name=url, item=InputError("no such file", source=url))
        return
    for k, item in enumerate(items):
        if isinstance(item, InputError):  # a bad record of a multi-record file
            yield PartitionRecord(input=url, index=k, name=item.source or f"{url}[{k}]", item=item)
        else:
            yield PartitionRecord(input=url, index=k, name=item.name, item=with_sidecar(item, meta))


def _read_jsonl(part: Partition, url: str, max_bytes: int) -> Iterator[PartitionRecord]:
    seek = part.start is not None and part.end is not None
    with fsspec.open(url, "rb", compression=None if seek else "infer") as f:
        lines: Any = io.BufferedReader(_Range(f, part.start or 0, part.end or 0)) if seek else f
        index = part.first if seek else 0
        line_no = (part.line or part.first + 1) if seek else 1  # a plan noted before line numbers: records
        stop = part.first + part.count if part.count >= 0 else None
        for line in lines:
            n, line_no = line_no, line_no + 1
            if not line.strip():
                continue
            if stop is not None and index >= stop:
                break
            if index >= part.first:
                name = jsonl_name(url, n)
                yield PartitionRecord(input=url, index=index, name=name, item=jsonl_record(line, name, max_bytes))
            index += 1


def _read_warc(part: Partition, url: str, max_bytes: int) -> Iterator[PartitionRecord]:
    seek = part.start is not None and part.end is not None
    index = part.first if seek else 0
    stop = part.first + part.count if part.count >= 0 else None
    with fsspec.open(url, "rb") as f:
        stream = _Range(f, part.start or 0, part.end or 0) if seek else f
        for entry in archive_records(stream, url, whole_file=not seek):
            content = warc_content(entry.record)
            if content is None:
                continue
            if stop is not None and index >= stop:
                break
            if index >= part.first:
                name = record_name(entry.record, url, index + 1)
                item = warc_record(entry.record, content, name, max_bytes)
                entry.ensure_whole()
                yield PartitionRecord(input=url, index=index, name=name, item=item)
            index += 1
