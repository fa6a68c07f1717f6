"""``kroniek batch``: partitions, Parquet shards, resume, bad records and a killed worker on a real LocalCluster."""

from __future__ import annotations

import io
import json
import os
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import cloudpickle
import pyarrow.parquet as pq
import pytest
from distributed.diagnostics.plugin import WorkerPlugin
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kroniek.model import Document, Event, Place, Quantity, Quote
from kroniek.scale.inputs import classify, expand, plan_files, plan_stream, read_partition
from kroniek.scale.load import load, read_table
from kroniek.scale.run import run_batch
from kroniek.scale.schema import SCHEMAS, TABLES, document_row
from kroniek.scale.worker import completed, process_partition
from kroniek.settings import load_settings
from kroniek.sources import HtmlRecord, RawArticle
from kroniek.sources.isolation import analyse_articles as analyse
from kroniek.sources.text import page_to_article
from kroniek.stages import DEFAULT_PIPELINE

ARTICLES = {
    "nl": ["Duizenden boeren demonstreerden dinsdag in Den Haag tegen de nieuwe stikstofregels. "
           "De politie hield veertien betogers aan. Volgens de organisatie waren er 5000 deelnemers.",
           "De Russische regering heeft zondag honderden reservisten opgeroepen. In Moskou gingen "
           "mensen de straat op om te protesteren tegen de mobilisatie."],
    "en": ["Thousands of farmers protested in The Hague on Tuesday against the new nitrogen rules. "
           "Police arrested fourteen protesters. Organisers said 5,000 people took part.",
           "The Russian government called up hundreds of reservists on Sunday. In Moscow people took "
           "to the streets to protest against the mobilisation."],
}
GERMAN = "Tausende Bauern haben am Dienstag in Berlin gegen die neuen Regeln demonstriert, sagte die Polizei."
KILL = "KILL-THIS-WORKER"


def article(k: int) -> tuple[str, str]:
    lang = ("nl", "en")[k % 2]
    texts = ARTICLES[lang]
    return lang, f"{texts[(k // 2) % len(texts)]} Bericht nummer {k}."


def write_jsonl(path: Path, n: int, *, bad: bool = True, extra: list[str] | None = None) -> int:
    """n good records (plus an invalid line, a record without text and a German one); good count."""
    lines = [json.dumps({"text": article(k)[1], "published": "2024-03-05", "url": f"https://n.example/{k}"})
             for k in range(n)]
    lines += extra or []
    if bad:
        lines[1:1] = ["{not json", json.dumps({"title": "no text"}), json.dumps({"text": GERMAN})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n + len(extra or [])


def write_warc(path: Path, n: int) -> int:
    """n HTML article responses, each after a request record, plus a redirect and an image."""
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for k in range(n):
            lang, text = article(k)
            html = (f"<html><head><title>Kop {k}</title></head><body><article><h1>Kop {k}</h1>"
                    f"<p>{text}</p></article></body></html>").encode()
            url = f"https://news.example/{lang}/{k}"
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))
            if k == 0:
                moved = StatusAndHeaders("301 Moved", [("Location", "/x")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(url + "/old", "response", payload=io.BytesIO(b""),
                                                    http_headers=moved))
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(url + ".png", "response", payload=io.BytesIO(b"\x89PNG"),
                                                    http_headers=image))
    return n


def write_mixed_warc(path: Path) -> list[str]:
    """A WARC with every kind of record the WARC rules decide on; the names of the records that are read."""
    read: list[str] = []
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)

        def response(url: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        for k, status in enumerate(["200 OK", "203 Non-Authoritative Information"]):  # any 2xx is a page
            lang, text = article(10 + k)
            url = f"https://news.example/{lang}/{k}"
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            response(url, status, "text/html; charset=utf-8",
                     f"<html><body><article><h1>Kop {k}</h1><p>{text}</p></article></body></html>".encode())
            read.append(url)
        response("https://news.example/old", "301 Moved Permanently", "text/html", b"")
        response("https://news.example/gone", "404 Not Found", "text/html", b"<html><body>gone</body></html>")
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG")
        response("https://news.example/plain", "200 OK", "text/plain; charset=utf-8", article(12)[1].encode())
        read.append("https://news.example/plain")
        response("https://news.example/stub", "200 OK", "text/html", b"<html><body><nav>Home</nav></body></html>")
        read.append("https://news.example/stub")  # read, then refused by the minimum-length rule
        w.write_record(w.create_warc_record("https://news.example/wet", "conversion",  # WET text
                                            payload=io.BytesIO(article(13)[1].encode()),
                                            warc_content_type="text/plain"))
        read.append("https://news.example/wet")
        w.write_record(w.create_warc_record("https://news.example/meta", "metadata", payload=io.BytesIO(b"x: y"),
                                            warc_content_type="application/warc-fields"))
    return read


# --------------------------------------------------------------------------- inputs and partitions
@pytest.mark.parametrize(("name", "kind"), [
    ("crawl.warc.gz", "warc"), ("crawl.warc", "warc"), ("nieuws.jsonl", "jsonl"), ("news.ndjson.gz", "jsonl"),
    ("artikel.txt", "file"), ("article.html", "file"), ("artikel.meta.json", None), ("a.gold.json", None),
    ("photo.png", None),
])
def test_inputs_are_classified_by_name(name: str, kind: str | None) -> None:
    assert classify(name) == kind


@pytest.mark.parametrize("kind", ["jsonl", "warc"])
def test_partitions_cover_every_record_once_and_are_stable(tmp_path: Path, kind: str) -> None:
    path = tmp_path / ("in.jsonl" if kind == "jsonl" else "in.warc.gz")
    good = write_jsonl(path, 7) if kind == "jsonl" else write_warc(path, 7)
    records = 10 if kind == "jsonl" else good  # JSONL: 3 bad lines are records too
    [source] = expand([str(tmp_path)])
    parts = plan_stream(source, 3)
    assert [p.id for p in parts] == [p.id for p in plan_stream(source, 3)]
    read = [r for p in parts for r in read_partition(p, max_bytes=1_000_000)]
    assert [r.index for r in read] == list(range(records))
    assert sum(r.article is not None for r in read) == good + (1 if kind == "jsonl" else 0)  # German reads fine


def test_jsonl_gz_is_read_without_byte_ranges(tmp_path: Path) -> None:
    import gzip

    plain = tmp_path / "x.jsonl"
    write_jsonl(plain, 5, bad=False)
    (tmp_path / "in.jsonl.gz").write_bytes(gzip.compress(plain.read_bytes()))
    plain.unlink()
    [source] = expand([str(tmp_path)])
    parts = plan_stream(source, 2)
    assert [p.start for p in parts] == [None, None, None]
    texts = [r.article.text for p in parts for r in read_partition(p, max_bytes=1_000_000) if r.article]
    assert texts == [article(k)[1] for k in range(5)]


@pytest.mark.parametrize(("name", "data"), [("broken.jsonl.gz", b"\x1f\x8b\x08\x00 this is not gzip at all"),
                                          ("empty.warc.gz", b"")])
def test_a_corrupt_input_becomes_one_error_record(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    [source] = expand([str(tmp_path)])
    [part] = plan_stream(source, 10)
    [record] = list(read_partition(part, max_bytes=1_000_000))
    assert record.article is None and record.error is not None and record.input == source.url


def test_warc_skips_requests_redirects_and_images(tmp_path: Path) -> None:
    write_warc(tmp_path / "c.warc.gz", 3)
    [source] = expand([str(tmp_path)])
    [part] = plan_stream(source, 10)
    read = list(read_partition(part, max_bytes=1_000_000))
    assert [r.name for r in read] == ["https://news.example/nl/0", "https://news.example/en/1",
                                      "https://news.example/nl/2"]
    pages = [r.article for r in read]
    assert all(isinstance(p, HtmlRecord) for p in pages)  # extracted when analysed, on the worker
    articles = [page_to_article(p) for p in pages if isinstance(p, HtmlRecord)]
    assert [(a.title, bool(a.published)) for a in articles] == [(f"Kop {k}", True) for k in range(3)]


def test_ingest_and_batch_read_the_same_warc_records(tmp_path: Path) -> None:
    """The WARC rules are decided once: both readers take the same records under the same names."""
    from kroniek.sources.warc import warc_records

    expected = write_mixed_warc(tmp_path / "c.warc.gz")
    [source] = expand([str(tmp_path)])
    batch = [r.name for p in plan_stream(source, 2) for r in read_partition(p, max_bytes=1_000_000)]
    ingest = [getattr(r, "name", None) for r in warc_records(str(tmp_path / "c.warc.gz"), max_bytes=1_000_000)]
    assert batch == ingest == expected


def test_a_truncated_warc_is_read_up_to_the_damage_like_ingest_reads_it(tmp_path: Path) -> None:
    """Batch reads the whole records before the cut, then reports the file as one error, as ingest does."""
    from warcio.archiveiterator import ArchiveIterator

    from kroniek.sources.warc import warc_records

    path = tmp_path / "cut.warc.gz"
    write_warc(path, 9)
    with path.open("rb") as fh:
        it = ArchiveIterator(fh)
        spans = [(it.get_record_offset(), it.get_record_length()) for _ in it]
    start, length = spans[13]  # the 6th response (each after its request; the first page brings two more)
    path.write_bytes(path.read_bytes()[: start + length // 2])
    [source] = expand([str(path)])
    read = [r for p in plan_stream(source, 2) for r in read_partition(p, max_bytes=1_000_000)]
    ingest = list(warc_records(str(path), max_bytes=1_000_000))
    assert [r.name for r in read if r.article] == [getattr(r, "name", None) for r in ingest[:-1]] == [
        f"https://news.example/{article(k)[0]}/{k}" for k in range(5)]
    [error] = [r.error for r in read if r.error]
    assert error.source == str(path) == ingest[-1].source
    assert error.message == ingest[-1].message and "truncated or corrupt after" in error.message


def test_loose_files_are_grouped_and_sidecars_read(tmp_path: Path) -> None:
    for k in range(5):
        (tmp_path / f"a{k}.txt").write_text(article(k)[1], encoding="utf-8")
    (tmp_path / "a0.meta.json").write_text(json.dumps({"published": "2022-09-26"}), encoding="utf-8")
    sources = expand([str(tmp_path)])
    assert [s.kind for s in sources] == ["file"] * 5
    parts = plan_files(sources, 2)
    assert [p.count for p in parts] == [2, 2, 1]
    first = next(read_partition(parts[0], max_bytes=1_000_000))
    assert first.article is not None and first.article.published == "2022-09-26"


def test_a_file_given_twice_is_read_once(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "b.jsonl", 2, bad=False)
    write_warc(tmp_path / "a.warc.gz", 1)
    sources = expand([str(tmp_path / "b.jsonl"), str(tmp_path), str(tmp_path / "b.jsonl")])
    assert [Path(s.url).name for s in sources] == ["b.jsonl", "a.warc.gz"]


def test_missing_input_fails_before_any_cluster_starts(tmp_path: Path) -> None:
    from kroniek.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        run_batch([str(tmp_path / "absent.warc.gz")], str(tmp_path / "out"))


# --------------------------------------------------------------------------- schema
@pytest.mark.parametrize(("table", "cls"), [("places", Place), ("quotes", Quote), ("quantities", Quantity),
                                            ("events", Event)])
def test_item_tables_have_a_column_per_dataclass_field(table: str, cls: type) -> None:
    import dataclasses

    names = set(SCHEMAS[table].names)
    assert {f.name for f in dataclasses.fields(cls)} <= names
    assert {"doc_id", "partition"} <= names


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_documents_row_round_trips_the_document(pipeline: Any, lang: str) -> None:
    import kroniek

    doc = kroniek.extract(ARTICLES[lang][0], published="2024-03-05", language=lang, pipeline=pipeline)
    row = document_row(doc, partition="p", input="in.jsonl", record=0, name="in.jsonl:1")
    back = Document.from_json(row["kroniek_json"])
    assert back.to_dict() == doc.to_dict()
    assert row["n_words"] == len(doc.text.split())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_bad_record_does_not_stop_its_batch(pipeline: Any, lang: str) -> None:
    good = [RawArticle(name=f"g{k}", text=t) for k, t in enumerate(ARTICLES[lang])]
    bad = [RawArticle(name="de", text=GERMAN), RawArticle(name="short", text="Kort."),
           RawArticle(name="date", text=ARTICLES[lang][0], published="gisteren")]
    results = analyse(pipeline, [good[0], *bad, good[1]])
    assert [type(r).__name__ for r in results] == ["Document", "UnsupportedLanguageError", "InputError",
                                                   "InputError", "Document"]
    assert all(r.language == lang for r in results if isinstance(r, Document))


class BoomStage:
    """A batch stage (like nlp) that fails on one document and counts what it sees."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Any) -> Any:
        for doc in docs:
            self.seen[doc.text] += 1
            if "BOOM" in doc.text:
                raise ValueError("boom")
            yield doc.replace(title="done")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_failing_batch_stage_costs_only_the_bad_document(pipeline: Any, lang: str) -> None:
    from kroniek.pipeline import Pipeline

    boom = BoomStage()
    spec = type(pipeline.specs[0])(name="tests.boom.v1", factory=lambda s, v: boom)
    test_pipeline = Pipeline((*pipeline.specs[:2], spec), (*pipeline.stages[:2], boom), pipeline.settings)
    texts = [f"{ARTICLES[lang][k % 2]} {k}" for k in range(6)]
    texts[2] += " BOOM"
    results = analyse(test_pipeline, [RawArticle(name=str(k), text=t) for k, t in enumerate(texts)])
    assert [type(r).__name__ for r in results] == ["Document"] * 2 + ["ValueError"] + ["Document"] * 3
    assert all(r.title == "done" for r in results if isinstance(r, Document))
    assert max(boom.seen.values()) <= 2 and boom.seen[texts[2]] == 2  # only the bad one is run twice


def test_partition_rewrite_replaces_stale_shards(tmp_path: Path) -> None:
    """A worker that died after writing some shards: the rerun overwrites them (nothing doubled)."""
    write_jsonl(tmp_path / "in.jsonl", 3, bad=False)
    [source] = expand([str(tmp_path / "in.jsonl")])
    [part] = plan_stream(source, 10)
    out = tmp_path / "out"
    settings = dict(load_settings().values)
    process_partition(part, str(out), settings)
    (out / "_done" / f"{part.id}.json").unlink()  # as if the worker died before the marker
    (out / "documents" / f".tmp-part-{part.id}.parquet-dead").write_bytes(b"half")
    result = process_partition(part, str(out), settings)
    assert not result.skipped and result.documents == 3
    assert read_table(str(out), "documents").num_rows == 3


def test_fsspec_urls_work_for_inputs_and_output(tmp_path: Path) -> None:
    """Inputs and output on a non-local fsspec file system (memory://, as s3:// or gs:// would be)."""
    import uuid

    import fsspec

    from kroniek.scale.worker import plan_and_save

    fs, base = fsspec.filesystem("memory"), f"/kroniek-test-{uuid.uuid4().hex[:8]}"
    write_jsonl(tmp_path / "news.jsonl", 3, bad=False)
    fs.pipe(f"{base}/in/news.jsonl", (tmp_path / "news.jsonl").read_bytes())
    try:
        [source] = expand([f"memory://{base}/in"])
        out = f"memory://{base}/out"
        parts = plan_and_save(source, 2, out)
        settings = dict(load_settings().values)
        assert sum(process_partition(p, out, settings).documents for p in parts) == 3
        assert completed(out) == {p.id for p in parts}
        assert read_table(out, "documents").num_rows == 3
    finally:
        fs.rm(base, recursive=True)


# --------------------------------------------------------------------------- on a real LocalCluster
class CrashStagePlugin(WorkerPlugin):  # type: ignore[misc]
    """Registers ``tests.crash.v1`` in each worker: it SIGKILLs its own process on the KILL record, once."""

    name = "kroniek-test-crash"

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def setup(self, worker: Any) -> None:
        from kroniek.registry import StageSpec, register

        marker = self.marker

        def factory(settings: Any, services: Any) -> Any:
            def crash(doc: Document) -> Document:
                if KILL in doc.text and not os.path.exists(marker):
                    Path(marker).write_text(str(os.getpid()))
                    os.kill(os.getpid(), signal.SIGKILL)
                return doc
            return crash

        register(StageSpec(name="tests.crash.v1", factory=factory, requires=("text",)))

    def teardown(self, worker: Any) -> None:
        pass


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from kroniek.scale.run import start_client

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    marker = tmp_path_factory.mktemp("crash") / "killed"
    c, cluster = start_client(None, 2)  # what `kroniek batch` starts without --scheduler
    c.register_plugin(CrashStagePlugin(str(marker)), name=CrashStagePlugin.name)
    c.crash_marker = marker
    yield c
    c.close()
    cluster.close()


def rows(out: Path, table: str) -> list[dict[str, Any]]:
    return read_table(str(out), table).to_pylist()


@pytest.mark.slow  # a real 2-process LocalCluster (model load per worker)
def test_batch_writes_every_table_and_the_errors_shard(client: Any, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    good = write_jsonl(tmp_path / "in" / "news.jsonl", 4)
    good += write_warc(tmp_path / "in" / "crawl.warc.gz", 3)
    out = tmp_path / "out"
    summary = run_batch([str(tmp_path / "in")], str(out), client=client, partition_size=2)
    assert not summary.failures
    assert (summary.documents, summary.errors) == (good, 3)
    docs = rows(out, "documents")
    assert len(docs) == good and {d["language"] for d in docs} == {"nl", "en"}
    assert sorted(e["error"] for e in rows(out, "errors")) == ["InputError", "InputError",
                                                              "UnsupportedLanguageError"]
    assert all(e["message"] for e in rows(out, "errors"))
    parts = completed(str(out))
    assert len(parts) == summary.partitions
    for table in TABLES:
        assert sorted(p.name for p in (out / table).glob("part-*.parquet")) == sorted(
            f"part-{pid}.parquet" for pid in parts)
        assert pq.read_schema(next((out / table).glob("part-*.parquet"))).names == SCHEMAS[table].names


@pytest.mark.slow  # a real 2-process LocalCluster (model load per worker)
def test_rerun_skips_complete_partitions(client: Any, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "news.jsonl", 4, bad=False)
    out = tmp_path / "out"
    first = run_batch([str(tmp_path / "news.jsonl")], str(out), client=client, partition_size=2)
    stamps = {p: p.stat().st_mtime_ns for p in out.glob("*/part-*.parquet")}
    again = run_batch([str(tmp_path / "news.jsonl")], str(out), client=client, partition_size=2)
    assert (first.processed, first.skipped) == (2, 0)
    assert (again.processed, again.skipped, again.documents) == (0, 2, 0)
    assert stamps == {p: p.stat().st_mtime_ns for p in out.glob("*/part-*.parquet")}


@pytest.mark.slow  # a real 2-process LocalCluster (model load per worker)
def test_killed_worker_loses_and_doubles_nothing(client: Any, tmp_path: Path) -> None:
    kill_record = json.dumps({"text": f"{ARTICLES['nl'][0]} {KILL}", "published": "2024-03-05"})
    good = write_jsonl(tmp_path / "news.jsonl", 7, bad=False, extra=[kill_record])
    out = tmp_path / "out"
    settings = load_settings().with_(pipeline=",".join(
        (*DEFAULT_PIPELINE[:2], "tests.crash.v1", *DEFAULT_PIPELINE[2:])))
    pids_before = set(client.run(os.getpid).values())
    summary = run_batch([str(tmp_path / "news.jsonl")], str(out), client=client, settings=settings, partition_size=2)
    assert client.crash_marker.exists(), "the crash stage never ran"
    assert int(client.crash_marker.read_text()) in pids_before
    assert not summary.failures and summary.processed == 4
    docs = rows(out, "documents")
    assert sorted(d["record"] for d in docs) == list(range(good))
    assert max(Counter(d["doc_id"] for d in docs).values()) == 1


@pytest.mark.slow  # a real 2-process LocalCluster (model load per worker)
def test_cli_batch_on_a_scheduler_then_load(client: Any, tmp_path: Path) -> None:
    from kroniek.cli import app
    from kroniek.store import Store

    good = write_jsonl(tmp_path / "news.jsonl", 3)
    out, db = tmp_path / "out", f"sqlite:///{tmp_path / 'k.db'}"
    client.wait_for_workers(2, timeout=120)  # an earlier test may have killed one; its nanny restarts it
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "news.jsonl"), "--out", str(out),
                                      "--scheduler", client.scheduler.address, "--partition-size", "2"])
    assert result.exit_code == 2, result.output  # bad records: non-zero, reasons in the errors shard
    assert "3 records could not be analysed" in result.output
    assert "Dask cluster: 2 workers; dashboard: http" in result.output and "partitions" in result.output
    first = load(str(out), db)
    assert (first.documents, first.stored) == (good, good)
    assert load(str(out), db).stored == 0  # idempotent
    store = Store.open(db)
    try:
        assert all(store.has(d["doc_id"]) for d in rows(out, "documents"))
    finally:
        store.close()


@pytest.mark.slow  # a real 2-process LocalCluster
def test_ingest_and_batch_give_the_same_records(client: Any, tmp_path: Path) -> None:
    """One source layer: the same WARC and JSONL through `ingest` (a real SQLite file) and through `batch`
    (the LocalCluster) give the same documents under the same names, and the same bad records."""
    from kroniek.ingest import ingest
    from kroniek.store import Store

    (tmp_path / "in").mkdir()
    write_mixed_warc(tmp_path / "in" / "crawl.warc.gz")
    write_jsonl(tmp_path / "in" / "news.jsonl", 4, extra=["", json.dumps({"text": "Kort."})])
    inputs = [str(tmp_path / "in" / "crawl.warc.gz"), str(tmp_path / "in" / "news.jsonl")]
    settings = load_settings(pipeline="kroniek.language.v1,kroniek.segment.v1")
    db = tmp_path / "k.db"
    with Store.open(f"sqlite:///{db}") as store:
        report = ingest(inputs, store, settings=settings)
        names = stored_names(db)
        ingested = {i: d.to_dict() for i, d in ((i, store.get_document(i)) for i in names) if d is not None}
    out = tmp_path / "out"
    summary = run_batch(inputs, str(out), client=client, settings=settings, partition_size=3)
    docs = rows(out, "documents")
    assert not summary.failures and report.stored == summary.documents == len(ingested) == 8
    assert {d["doc_id"]: d["name"] for d in docs} == names
    assert {d["doc_id"]: Document.from_json(d["kroniek_json"]).to_dict() for d in docs} == ingested
    assert sorted((e["name"], e["message"]) for e in rows(out, "errors")) == sorted(
        (r.name, r.message) for r in report.errors)
    assert len(report.errors) == 5  # stub page, invalid JSON, no text, German, too short


def stored_names(db: Path) -> dict[str, str]:
    """Document id -> record name, read from the SQLite file itself."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(db)) as conn:
        return dict(conn.execute("SELECT id, name FROM documents").fetchall())


@pytest.mark.slow  # starts its own 2-process LocalCluster
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_batch_worker_processes_die_with_their_parent(sig: signal.Signals, tmp_path: Path) -> None:
    """A terminated or killed `kroniek batch` leaves none of its Dask worker processes behind."""
    import subprocess

    from processes import survivors_after_signal

    write_jsonl(tmp_path / "news.jsonl", 20_000, bad=False)
    out = tmp_path / "out"
    env = {**os.environ, "KRONIEK_PIPELINE": "kroniek.language.v1,kroniek.segment.v1"}
    with (tmp_path / "stderr.txt").open("wb") as stderr:  # a file: orphaned workers would hold a pipe open
        proc = subprocess.Popen([sys.executable, "-m", "kroniek", "batch", str(tmp_path / "news.jsonl"), "--out",
                                 str(out), "--workers", "2", "--partition-size", "50"], env=env,
                                stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    def analysing() -> bool:
        return any(out.glob("documents/part-*.parquet"))

    assert survivors_after_signal(proc, sig, analysing, start_s=180) == []
