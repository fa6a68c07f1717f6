"""``kroniek ingest``: files, directories, globs, JSONL, feeds over HTTP, WARC; idempotence, workers, SIGKILL.

Feeds and pages are served by a local HTTP server on 127.0.0.1. Most tests use a
segmenter-only pipeline so they measure ingest, not the NLP models; one test runs the
default pipeline end to end.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kroniek.cli import app
from kroniek.ingest import RecordResult, ingest
from kroniek.model import document_id
from kroniek.settings import Settings, load_settings
from kroniek.sources import expand
from kroniek.store import EventFilter, Store

from backends import BACKENDS, backend_url
from conftest import ROOT
from processes import survivors_after_signal

LIGHT = "kroniek.segment.v1"
LANGS = ["nl", "en"]

NL = ("In {city} gingen op zaterdag {n} duizenden boeren de straat op tegen het nieuwe stikstofbeleid. "
      "De politie hield twaalf demonstranten aan. Het kabinet zei het overleg voort te zetten.")
EN = ("Thousands of farmers took to the streets of {city} on Saturday {n} against the new nitrogen rules. "
      "Police detained twelve protesters. The government said talks would continue.")
CITIES = ["Den Haag", "Utrecht", "Nairobi", "Leeds", "Gent"]


def article(lang: str, n: int) -> str:
    return (NL if lang == "nl" else EN).format(city=CITIES[n % len(CITIES)], n=n)


def page(lang: str, n: int) -> str:
    title = f"Boerenprotest {n}" if lang == "nl" else f"Farmers protest {n}"
    paras = "".join(f"<p>{s.strip()}.</p>" for s in article(lang, n).split(". ") if s.strip(". "))
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><title>{title}</title>"
            "<meta property=\"article:published_time\" content=\"2023-03-11T10:00:00Z\"></head>"
            f"<body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>{paras}{paras.replace('<p>', '<p>Ook: ')}"
            "</article><footer>Copyright</footer></body></html>")


@pytest.fixture
def light() -> Settings:
    return load_settings(pipeline=LIGHT)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = Store.open(backend_url(request.param, tmp_path))
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(f"sqlite:///{tmp_path / 'k.db'}")
    yield s
    s.close()


def write_articles(folder: Path, count: int, lang: str = "nl", suffix: str = ".txt") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        p = folder / f"{lang}_{n:04d}{suffix}"
        p.write_text(article(lang, n), encoding="utf-8")
        paths.append(p)
    return paths


# --------------------------------------------------------------------------- a local web server
class Site:
    """Pages served on 127.0.0.1: path -> (status, content type, body)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.hits: dict[str, int] = {}
        self.held: dict[str, threading.Event] = {}  # path -> answered once set (a stalled server)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                if self.path in site.held:
                    site.held[self.path].wait(60)
                status, ctype, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def add(self, path: str, body: str, ctype: str = "text/html; charset=utf-8", status: int = 200) -> str:
        self.pages[path] = (status, ctype, body.encode("utf-8"))
        return self.base + path

    def hold(self, path: str) -> threading.Event:
        """Answer ``path`` only once the returned event is set: the server stalls like a slow site."""
        self.held[path] = threading.Event()
        return self.held[path]

    def close(self) -> None:
        for event in self.held.values():
            event.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


def rss(site: Site, lang: str, links: list[str]) -> str:
    items = "".join(
        f"<item><title>Item {k}</title><link>{link}</link><pubDate>Sat, 11 Mar 2023 0{k % 10}:00:00 GMT</pubDate>"
        f"<description>Teaser {k}</description></item>" for k, link in enumerate(links))
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed {lang}</title>"
            f"<link>{site.base}/</link><description>news</description>{items}</channel></rss>")


def atom(site: Site, links: list[str]) -> str:
    entries = "".join(
        f"<entry><title>Entry {k}</title><link href=\"{link}\"/><id>{link}</id>"
        f"<updated>2023-03-1{k % 10}T12:00:00Z</updated></entry>" for k, link in enumerate(links))
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>Atom feed</title><id>{site.base}/atom</id><updated>2023-03-11T12:00:00Z</updated>{entries}</feed>")


# --------------------------------------------------------------------------- files, directories, globs, JSONL
@pytest.mark.parametrize("lang", LANGS)
def test_directory_is_ingested_recursively(store: Store, light: Settings, tmp_path: Path, lang: str) -> None:
    write_articles(tmp_path / "in" / "a", 3, lang)
    deep = tmp_path / "in" / "b" / "c"
    deep.mkdir(parents=True)
    for n in (10, 11):
        (deep / f"page{n}.html").write_text(page(lang, n), encoding="utf-8")
    (tmp_path / "in" / "a" / f"{lang}_0000.meta.json").write_text('{"published": "2023-03-12", "source": "X"}')
    report = ingest([str(tmp_path / "in")], store, settings=light)
    assert (report.stored, report.failed) == (5, 0)
    doc = store.get_document(document_id(article(lang, 0)))
    assert doc is not None and doc.published == "2023-03-12" and doc.source == "X" and len(doc.sentences) == 3


def test_glob_patterns_expand_recursively(tmp_path: Path) -> None:
    write_articles(tmp_path / "x" / "deep", 2, "en")
    write_articles(tmp_path / "x", 1, "nl")
    found = list(expand([str(tmp_path / "x" / "**" / "en_*.txt")]))
    assert [Path(p).name for p in found] == ["en_0000.txt", "en_0001.txt"]


def test_directories_skip_sidecars_and_hidden_files(tmp_path: Path) -> None:
    write_articles(tmp_path, 1, "nl")
    (tmp_path / "nl_0000.meta.json").write_text("{}")
    (tmp_path / "x.gold.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "sitemap.xml").write_text("<?xml version='1.0'?><urlset></urlset>")
    (tmp_path / "news.xml").write_text("<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>")
    assert [Path(p).name for p in expand([str(tmp_path)])] == ["news.xml", "nl_0000.txt"]


@pytest.mark.parametrize("lang", LANGS)
def test_jsonl_bad_line_is_reported_and_the_rest_stored(store: Store, light: Settings, tmp_path: Path,
                                                        lang: str) -> None:
    lines = [json.dumps({"text": article(lang, n), "title": f"T{n}", "published": "2023-03-11", "language": lang})
             for n in range(3)]
    lines.insert(1, "{not json")
    lines.insert(3, json.dumps({"title": "no text"}))
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen: list[RecordResult] = []
    report = ingest([str(path)], store, settings=light, on_result=seen.append)
    assert (report.stored, report.failed) == (3, 2)
    assert [r.name for r in report.errors] == [f"{path}:2", f"{path}:4"]
    assert "invalid JSON" in report.errors[0].message and "text field" in report.errors[1].message
    assert len(seen) == 5
    doc = store.get_document(document_id(article(lang, 2)))
    assert doc is not None and doc.title == "T2" and doc.language == lang


@pytest.mark.parametrize("bad", ["empty", "binary", "missing"])
def test_bad_files_fail_one_by_one(sqlite_store: Store, light: Settings, tmp_path: Path, bad: str) -> None:
    write_articles(tmp_path, 2, "en")
    target = tmp_path / f"bad_{bad}.txt"
    if bad == "empty":
        target.write_text("")
    elif bad == "binary":
        target.write_bytes(b"\x00\x01\x02" * 100)
    report = ingest([str(tmp_path / "en_0000.txt"), str(target), str(tmp_path / "en_0001.txt")], sqlite_store,
                    settings=light)
    assert (report.stored, report.failed) == (2, 1)
    assert report.errors[0].name == str(target)


@pytest.mark.parametrize("lang", LANGS)
def test_second_run_skips_everything_before_analysis(store: Store, light: Settings, tmp_path: Path,
                                                     lang: str) -> None:
    write_articles(tmp_path, 4, lang)
    assert ingest([str(tmp_path)], store, settings=light).stored == 4
    (tmp_path / "dup.txt").write_text(article(lang, 1), encoding="utf-8")  # same text, another file
    again = ingest([str(tmp_path)], store, settings=light)
    assert (again.stored, again.skipped, again.failed) == (0, 5, 0)
    assert store.stats()["documents"] == 4


def test_one_failing_document_does_not_fail_its_batch(sqlite_store: Store, tmp_path: Path) -> None:
    write_articles(tmp_path, 3, "nl")
    write_articles(tmp_path, 3, "en")
    (tmp_path / "de_1.txt").write_text("Tausende Bauern protestierten am Samstag in Berlin gegen die neuen "
                                       "Regeln der Regierung. Die Polizei nahm zwölf Demonstranten fest.",
                                       encoding="utf-8")
    settings = load_settings(pipeline="kroniek.language.v1,kroniek.segment.v1")
    report = ingest([str(tmp_path)], sqlite_store, settings=settings)
    assert (report.stored, report.failed) == (6, 1)
    assert report.errors[0].name.endswith("de_1.txt") and "not supported" in report.errors[0].message
    assert {d.language for d in sqlite_store.documents(limit=10)} == {"nl", "en"}


def test_duplicate_texts_in_one_run_are_stored_once(sqlite_store: Store, light: Settings, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(article("en", 7), encoding="utf-8")
    report = ingest([str(tmp_path)], sqlite_store, settings=light)
    assert (report.stored, report.skipped) == (1, 2)


def test_workers_analyse_in_parallel_and_store_each_once(sqlite_store: Store, light: Settings,
                                                         tmp_path: Path) -> None:
    write_articles(tmp_path, 12, "nl")
    write_articles(tmp_path, 12, "en")
    report = ingest([str(tmp_path)], sqlite_store, settings=light, workers=2)
    assert (report.stored, report.failed) == (24, 0)
    assert sqlite_store.stats()["documents"] == 24


# --------------------------------------------------------------------------- feeds and pages over HTTP
@pytest.mark.parametrize("lang", LANGS)
def test_rss_feed_pages_are_fetched_and_extracted(store: Store, light: Settings, site: Site, lang: str) -> None:
    links = [site.add(f"/{lang}/{n}.html", page(lang, n)) for n in range(3)]
    feed = site.add("/feed.xml", rss(site, lang, links), "application/rss+xml")
    report = ingest([feed], store, settings=light)
    assert (report.stored, report.failed) == (3, 0)
    docs = store.documents(limit=10)
    assert sorted(d.url or "" for d in docs) == sorted(links)
    assert {d.title for d in docs} == {"Item 0", "Item 1", "Item 2"}  # the feed's titles
    assert all((d.published or "").startswith("2023-03-11T0") for d in docs)
    text = store.get_document(docs[0].id).text  # type: ignore[union-attr]
    assert "Copyright" not in text and "Home" not in text


def test_atom_feed_and_broken_link(sqlite_store: Store, light: Settings, site: Site) -> None:
    good = [site.add(f"/a/{n}.html", page("en", n)) for n in range(2)]
    missing = site.base + "/a/gone.html"
    feed = site.add("/atom", atom(site, [good[0], missing, good[1]]), "application/atom+xml")
    report = ingest([feed], sqlite_store, settings=light)
    assert (report.stored, report.failed) == (2, 1)
    assert report.errors[0].name == missing and "404" in report.errors[0].message


def test_feed_links_already_stored_are_not_fetched_again(sqlite_store: Store, light: Settings, site: Site) -> None:
    links = [site.add(f"/n/{n}.html", page("nl", n)) for n in range(2)]
    feed = site.add("/rss", rss(site, "nl", links), "application/xml")
    ingest([feed], sqlite_store, settings=light)
    links.append(site.add("/n/2.html", page("nl", 2)))
    site.add("/rss", rss(site, "nl", links), "application/xml")
    again = ingest([feed], sqlite_store, settings=light)
    assert (again.stored, again.failed) == (1, 0)
    assert site.hits["/n/0.html"] == 1 and site.hits["/n/2.html"] == 1


def test_feed_file_on_disk(sqlite_store: Store, light: Settings, site: Site, tmp_path: Path) -> None:
    links = [site.add(f"/f/{n}.html", page("en", n)) for n in range(2)]
    path = tmp_path / "news.rss"
    path.write_text(rss(site, "en", links), encoding="utf-8")
    assert ingest([str(path)], sqlite_store, settings=light).stored == 2


def test_single_web_page_url(sqlite_store: Store, light: Settings, site: Site) -> None:
    url = site.add("/story.html", page("nl", 4))
    report = ingest([url], sqlite_store, settings=light)
    assert report.stored == 1
    assert sqlite_store.documents()[0].url == url


@pytest.mark.parametrize("lang", LANGS)
def test_jsonl_and_text_over_http(sqlite_store: Store, light: Settings, site: Site, lang: str) -> None:
    lines = "\n".join(json.dumps({"text": article(lang, n), "language": lang}) for n in range(3))
    jsonl = site.add("/dump.jsonl", lines + "\n{broken\n", "application/x-ndjson")
    plain = site.add("/one.txt", article(lang, 9), "text/plain; charset=utf-8")
    report = ingest([jsonl, plain], sqlite_store, settings=light)
    assert (report.stored, report.failed) == (4, 1)
    assert report.errors[0].name == f"{jsonl}:4"
    assert {d.url for d in sqlite_store.documents(limit=10)} == {jsonl, plain}


@pytest.mark.parametrize(("body", "ctype", "status", "message"), [
    ("<rss><channel><title>x</title>", "application/rss+xml", 200, "not an RSS/Atom feed"),
    ("server error", "text/plain", 500, "HTTP 500"),
])
def test_malformed_feed_or_http_error_is_one_failure(sqlite_store: Store, light: Settings, site: Site, body: str,
                                                     ctype: str, status: int, message: str) -> None:
    url = site.add("/bad", body, ctype, status)
    report = ingest([url, site.base + "/nothing-here"], sqlite_store, settings=light)
    assert report.failed == 2 and message in report.errors[0].message
    assert "404" in report.errors[1].message


def test_unreachable_server_is_reported(sqlite_store: Store, light: Settings) -> None:
    report = ingest(["http://127.0.0.1:9/feed.xml"], sqlite_store, settings=light)
    assert report.failed == 1 and "cannot fetch" in report.errors[0].message


# --------------------------------------------------------------------------- WARC
def write_warc(path: Path, pages: list[tuple[str, str, str, int]]) -> None:
    """WARC (gzipped if the name ends .gz) with response records (url, content type, body, status)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for url, ctype, body, status in pages:
            http = StatusAndHeaders(f"{status} OK" if status == 200 else f"{status} Not Found",
                                    [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")),
                                            http_headers=http, warc_headers_dict={"WARC-Date": "2023-03-11T08:00:00Z"})
            writer.write_record(rec)


@pytest.mark.parametrize("name", ["news.warc", "news.warc.gz"])
def test_warc_html_responses_are_ingested(store: Store, light: Settings, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path, [
        ("https://news.example.nl/1", "text/html; charset=utf-8", page("nl", 1), 200),
        ("https://news.example.com/2", "text/html", page("en", 2), 200),
        ("https://news.example.com/logo.png", "image/png", "PNG", 200),
        ("https://news.example.com/gone", "text/html", "<html>gone</html>", 404),
    ])
    report = ingest([str(path)], store, settings=light)
    assert (report.stored, report.failed) == (2, 0)
    urls = {d.url for d in store.documents()}
    assert urls == {"https://news.example.nl/1", "https://news.example.com/2"}
    again = ingest([str(path)], store, settings=light)
    assert again.stored == 0 and again.failed == 0


def test_corrupt_warc_is_reported(sqlite_store: Store, light: Settings, tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not gzip at all" * 10)
    report = ingest([str(path)], sqlite_store, settings=light)
    assert report.failed == 1 and report.errors[0].name == str(path)


def test_truncated_warc_stores_what_it_read_names_the_file_and_exits_2(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from warcio.archiveiterator import ArchiveIterator

    monkeypatch.setenv("KRONIEK_PIPELINE", LIGHT)
    path = tmp_path / "crawl.warc.gz"
    urls = [f"https://news.example.nl/{n}" for n in range(9)]
    write_warc(path, [(url, "text/html", page("nl", n), 200) for n, url in enumerate(urls)])
    with path.open("rb") as fh:
        it = ArchiveIterator(fh)
        spans = [(it.get_record_offset(), it.get_record_length()) for _ in it]
    start, length = spans[5]
    path.write_bytes(path.read_bytes()[: start + length // 2])  # a download cut short inside the 6th page
    db = tmp_path / "k.db"
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(db), "--no-progress"])
    assert result.exit_code == 2, result.output
    assert f"kroniek: error: {path}: WARC file is truncated or corrupt after 5 records" in result.output
    assert "6 records: 5 stored" in result.output and "1 failed" in result.output
    with Store.open(f"sqlite:///{db}") as s:
        assert sorted(d.url or "" for d in s.documents()) == urls[:5]


# --------------------------------------------------------------------------- the command line
def test_cli_reports_each_failure_and_exits_non_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONIEK_PIPELINE", LIGHT)
    write_articles(tmp_path / "in", 2, "en")
    (tmp_path / "in" / "empty.txt").write_text("")
    db = tmp_path / "k.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--no-progress"])
    assert result.exit_code == 2
    assert "empty.txt: file is empty" in result.output
    assert "3 records: 2 stored" in result.output and "1 failed" in result.output
    ok = CliRunner().invoke(app, ["ingest", str(tmp_path / "in" / "en_0000.txt"), "--db", str(db), "--no-progress"])
    assert ok.exit_code == 0 and "1 already stored" in ok.output


def test_cli_refuses_zero_workers(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--workers", "0", "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 3 and "--workers" in result.output


# --------------------------------------------------------------------------- reliability: SIGKILL midway
def _count(url: str) -> int:
    try:
        with Store.open(url, migrate=False) as s:
            return s.count_documents()  # not stats(): its dashboard queries are slow while writers link incidents
    except Exception:  # the database may not exist yet
        return 0


def ingest_command(src: Path, url: str, *extra: str) -> tuple[list[str], dict[str, str]]:
    """`kroniek ingest` as a subprocess (command line and environment), on a store created beforehand."""
    Store.open(url).close()
    env = {**os.environ, "KRONIEK_PIPELINE": LIGHT}
    return [sys.executable, "-m", "kroniek", "ingest", str(src), "--db", url, "--no-progress", *extra], env


@pytest.mark.parametrize(("backend", "workers"), [("sqlite", 1), ("sqlite", 2),
                                                  pytest.param("postgres", 1, marks=pytest.mark.postgres)])
def test_ingest_killed_midway_and_rerun_stores_everything_exactly_once(backend: str, workers: int, site: Site,
                                                                       tmp_path: Path) -> None:
    """The kill lands while the ingest waits on a stalled web server between two folders of articles.

    The stall makes "midway" certain on any machine: a fast ingest cannot finish before the test
    sees the first documents stored (CI once saw all of them stored before its first look).
    """
    half = 200
    write_articles(tmp_path / "nl", half, "nl")
    write_articles(tmp_path / "en", half, "en")
    slow = site.add("/slow.txt", article("en", half), "text/plain; charset=utf-8")
    release = site.hold("/slow.txt")
    total = 2 * half + 1
    url = backend_url(backend, tmp_path)
    cmd, env = ingest_command(tmp_path / "nl", url, slow, str(tmp_path / "en"), "--workers", str(workers))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _count(url) < 40 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its worker processes
        proc.wait(timeout=30)
    killed_at = _count(url)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode() if proc.stderr else ""
    assert 40 <= killed_at <= half  # killed before the stalled server answered
    release.set()
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{total - killed_at} stored" in rerun.stdout and f"{killed_at} already stored" in rerun.stdout
    with Store.open(url) as s:
        docs = s.documents(limit=10_000)
        assert len(docs) == len({d.id for d in docs}) == total
        expected = {document_id(article(lang, n)) for lang in LANGS for n in range(half)}
        assert {d.id for d in docs} == expected | {document_id(article("en", half))}
        for d in docs[:: max(1, total // 20)]:
            full = s.get_document(d.id)
            assert full is not None and len(full.sentences) == 3  # whole documents only


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_worker_processes_die_with_their_parent(sig: signal.Signals, site: Site, tmp_path: Path) -> None:
    """A killed or terminated `ingest --workers 2` leaves no worker (nor resource tracker) behind.

    A stalled web server as the last input keeps the ingest from finishing before the signal.
    """
    write_articles(tmp_path / "in", 400, "en")
    slow = site.add("/slow.txt", article("en", 400), "text/plain; charset=utf-8")
    site.hold("/slow.txt")
    url = backend_url("sqlite", tmp_path)
    cmd, env = ingest_command(tmp_path / "in", url, slow, "--workers", "2")
    log = tmp_path / "stderr.txt"  # a file: orphaned workers would hold a pipe open
    with log.open("wb") as stderr:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    alive = survivors_after_signal(proc, sig, lambda: _count(url) > 0, reap_s=30)  # > 0: the workers are analysing
    assert alive == [], alive
    err = log.read_text(encoding="utf-8")
    assert proc.returncode == -signal.SIGKILL if sig == signal.SIGKILL else proc.returncode == 128 + sig, err
    if sig == signal.SIGTERM:
        assert "kroniek ingest: terminated after" in err and "Traceback" not in err, err


@pytest.mark.parametrize("backend", BACKENDS)
def test_readers_keep_working_while_an_ingest_writes(backend: str, site: Site, tmp_path: Path) -> None:
    """A reader counts, lists and searches all through an ingest, and sees it midway.

    The last input is a stalled web server, answered once the reader has seen every file stored,
    so that a fast ingest cannot finish between two reads.
    """
    files = 120
    write_articles(tmp_path / "in", files, "en")
    slow = site.add("/slow.txt", article("en", files), "text/plain; charset=utf-8")
    release = site.hold("/slow.txt")
    url = backend_url(backend, tmp_path)
    cmd, env = ingest_command(tmp_path / "in", url, slow)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    counts: list[int] = []
    try:
        with Store.open(url) as reader:
            while proc.poll() is None:
                counts.append(reader.count_documents())
                reader.documents(limit=5)
                reader.search_text("farmers")
                if counts[-1] >= files:
                    release.set()
                time.sleep(0.02)
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            final = reader.count_documents()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert final == files + 1
    assert len(counts) > 3 and counts == sorted(counts) and files in counts


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_ingests_of_the_same_files_at_once_store_each_document_once(backend: str, tmp_path: Path) -> None:
    total = 60
    write_articles(tmp_path / "in", total, "nl")
    url = backend_url(backend, tmp_path)
    cmd, env = ingest_command(tmp_path / "in", url)
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    stored = [int(out.split(" records: ")[1].split(" stored")[0]) for out, _ in outputs]
    assert sum(stored) == total
    with Store.open(url) as s:
        assert s.count_documents() == total


# --------------------------------------------------------------------------- end to end through the real pipeline
def test_examples_through_the_default_pipeline(sqlite_store: Store) -> None:
    examples = ROOT / "examples"
    if not any(examples.glob("*.txt")):
        pytest.skip("no example articles in examples/")
    import kroniek

    report = ingest([str(examples)], sqlite_store, settings=load_settings(pipeline=""))
    n = len(list(examples.rglob("*.txt")))  # a directory is read recursively
    assert (report.stored, report.failed) == (n, 0)
    assert sqlite_store.stats()["documents"] == n
    first = sorted(examples.glob("*.txt"))[0]
    meta = json.loads(first.with_name(first.stem + ".meta.json").read_text(encoding="utf-8"))
    from kroniek.sources import headline

    text = first.read_text(encoding="utf-8")
    expected = kroniek.extract(text, published=meta.get("published"),
                               language=meta.get("language"), source=meta.get("source"), url=meta.get("url"),
                               title=meta.get("title") or headline(text))
    stored = sqlite_store.get_document(expected.id)
    assert stored is not None
    assert stored.to_dict() == expected.to_dict()
    assert sqlite_store.count_events(EventFilter(document=expected.id)) == len(expected.events)
