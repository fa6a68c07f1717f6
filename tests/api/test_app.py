"""REST API (kroniek.api): FastAPI TestClient in-process against a real SQLite file filled through Store.add.

The documents are built here with exact offsets (see :func:`article`); nothing is mocked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.corpus import corpus
from kroniek.api import create_app
from kroniek.model import Document
from kroniek.store import Store

from samples import full_document

PG_URL = os.environ.get("KRONIEK_TEST_PG_URL")
PG_SCHEMA = "kroniek_api_tests"


def database(backend: str, tmp: Path) -> str:
    """A fresh database: an SQLite file, or a wiped schema of KRONIEK_TEST_PG_URL's database."""
    if backend == "sqlite":
        return f"sqlite:///{tmp / 'kroniek.db'}"
    if not PG_URL:
        pytest.skip("KRONIEK_TEST_PG_URL is not set (.ci/run starts PostgreSQL and sets it)")
    from sqlalchemy import create_engine, text

    from kroniek.store import normalize_url

    engine = create_engine(normalize_url(PG_URL))
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{PG_SCHEMA}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{PG_SCHEMA}"'))
    engine.dispose()
    return PG_URL + ("&" if "?" in PG_URL else "?") + f"options=-csearch_path%3D{PG_SCHEMA}"


def fill(url: str) -> str:
    store = Store.open(url)
    try:
        for doc in corpus():
            store.add(doc)
    finally:
        store.close()
    return url


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = fill(database(request.param, tmp_path_factory.mktemp("api")))
    with TestClient(create_app(url)) as c:
        yield c


def triggers(c: TestClient, query: str) -> list[str]:
    r = c.get("/events" + query)
    assert r.status_code == 200, r.text
    return sorted(e["trigger"]["text"] for e in r.json()["items"])


# --------------------------------------------------------------------------- events and filters
def test_events_lists_every_stored_event(client: TestClient) -> None:
    body = client.get("/events").json()
    assert body["total"] == 7 and len(body["items"]) == 7


@pytest.mark.parametrize(("query", "expected"), [
    ("?type=PROTEST", ["liepen", "protesteerden"]),
    ("?type=protest,assault", ["liepen", "protesteerden", "shelled"]),
    ("?mode=arrest", ["arresteerde"]),
    ("?country=NL", ["arresteerde", "liepen", "protesteerden"]),
    ("?country=ua", ["shelled"]),
    ("?admin1=North Holland", ["arresteerde", "protesteerden"]),
    ("?date_from=2024-03-05", ["arresteerde", "protesteerden"]),
    ("?date_from=2024-02&date_to=2024-02", ["sancties oplegt"]),
    ("?date_to=2024-01-31", ["rejected"]),
    ("?actor=politie", ["arresteerde"]),
    ("?actor=russian", ["shelled"]),
    ("?text=war crimes", ["accused"]),
    ("?text=demonstranten", ["arresteerde", "liepen"]),
    ("?modality=possible", ["sancties oplegt"]),
    ("?min_confidence=0.9", ["arresteerde", "shelled"]),
    ("?type=PROTEST&country=NL&min_confidence=0.8", ["protesteerden"]),
], ids=lambda v: v if isinstance(v, str) else None)
def test_event_filters_select_the_matching_events(client: TestClient, query: str, expected: list[str]) -> None:
    assert triggers(client, query) == expected


def test_events_are_paginated_without_overlap(client: TestClient) -> None:
    pages = [client.get(f"/events?limit=3&offset={o}").json() for o in (0, 3, 6)]
    keys = [e["key"] for p in pages for e in p["items"]]
    assert [len(p["items"]) for p in pages] == [3, 3, 1]
    assert len(set(keys)) == 7 and all(p["total"] == 7 for p in pages)


@pytest.mark.parametrize(("language", "trigger", "kinds"), [
    ("nl", "arresteerde", {"sentence", "trigger", "actor", "target", "place"}),
    ("en", "shelled", {"sentence", "trigger", "actor", "place", "time"}),
])
def test_event_page_carries_text_and_highlights_with_exact_offsets(client: TestClient, language: str,
                                                                   trigger: str, kinds: set[str]) -> None:
    item = next(e for e in client.get("/events").json()["items"] if e["trigger"]["text"] == trigger)
    assert item["document"]["language"] == language
    detail = client.get(f"/events/{item['key']}").json()
    text = detail["text"]
    assert {h["kind"] for h in detail["highlights"]} == kinds
    assert all(text[h["start"]:h["end"]] == h["text"] for h in detail["highlights"])
    span = detail["evidence_span"]
    assert text[span["start"]:span["end"]] == span["text"] == detail["evidence"]
    assert trigger in detail["evidence"]


def test_unknown_event_is_404(client: TestClient) -> None:
    r = client.get("/events/" + "0" * 64 + ":ev-1")
    assert r.status_code == 404 and "not in this database" in r.json()["detail"]


# --------------------------------------------------------------------------- other collections
def test_documents_list_and_kroniek_json_round_trip(client: TestClient) -> None:
    docs = client.get("/documents").json()
    assert docs["total"] == 5
    by_title = {d["title"]: d for d in docs["items"]}
    doc = client.get(f"/documents/{by_title['Shelling of Kharkiv']['id']}").json()
    assert doc["schema"] == "kroniek/1"
    assert Document.from_dict(doc).events[0].trigger.text == "shelled"


@pytest.mark.parametrize(("query", "total"), [("?language=nl", 3), ("?language=en", 2), ("?text=Kharkiv", 1)])
def test_documents_filter(client: TestClient, query: str, total: int) -> None:
    assert client.get("/documents" + query).json()["total"] == total


def test_places_count_events(client: TestClient) -> None:
    items = {p["name"]: p for p in client.get("/places").json()["items"]}
    assert items["Amsterdam"]["events"] == 2 and items["Amsterdam"]["country"] == "NL"
    assert items["Kharkiv"]["events"] == 1


def test_quotes_and_conflicts_endpoints(client: TestClient) -> None:
    quotes = client.get("/quotes").json()
    assert quotes["total"] == 1 and quotes["items"][0]["speaker_text"] == "Betogers"
    assert client.get("/conflicts").json()["total"] == 0


def test_stats_count_everything(client: TestClient) -> None:
    stats = client.get("/stats").json()
    assert (stats["documents"], stats["events"]) == (5, 7)
    assert stats["events_by_type"]["PROTEST"] == 2


@pytest.mark.parametrize(("bucket", "periods"), [
    ("day", {"2024-01-15", "2024-02-01", "2024-03-02", "2024-03-04", "2024-03-09"}),
    ("week", {"2024-01-15", "2024-01-29", "2024-02-26", "2024-03-04"}),
])
def test_timeline_buckets_by_day_or_week(client: TestClient, bucket: str, periods: set[str]) -> None:
    tl = client.get(f"/timeline?bucket={bucket}").json()
    assert {b["period"] for b in tl["buckets"]} == periods
    assert sum(sum(b["counts"].values()) for b in tl["buckets"]) == 7


def test_map_gives_geojson_points_for_located_events(client: TestClient) -> None:
    geo = client.get("/map?country=NL").json()
    assert geo["type"] == "FeatureCollection"
    assert sorted(f["properties"]["place"] for f in geo["features"]) == ["Amsterdam", "Amsterdam", "Rotterdam"]
    assert geo["features"][0]["geometry"]["coordinates"][1] > 50  # [lon, lat]


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(("query", "param"), [
    ("/events?min_confidence=1.5", "min_confidence"),
    ("/events?min_confidence=veel", "min_confidence"),
    ("/events?limit=0", "limit"),
    ("/events?limit=100000", "limit"),
    ("/events?offset=-1", "offset"),
    ("/events?type=RIOT", "type"),
    ("/events?modality=certain", "modality"),
    ("/events?country=NLD", "country"),
    ("/events?date_from=2024-13-01", "date_from"),
    ("/events?date_from=gisteren", "date_from"),
    ("/events?date_from=2024-03-01&date_to=2024-02-01", "date_from"),
    ("/events?contry=NL", "contry"),
    ("/timeline?bucket=month", "bucket"),
    ("/documents?language=nederlands", "language"),
    ("/documents/not-a-sha", "doc_id"),
    ("/quotes?date_from=2024-13-01", "date_from"),
    ("/quotes?date_from=2024-03-01&date_to=2024-02-01", "date_from"),
    ("/conflicts?language=nederlands", "language"),
    ("/conflicts?speaker=Anna", "speaker"),
])
def test_bad_parameters_give_422_with_a_message(client: TestClient, query: str, param: str) -> None:
    r = client.get(query)
    assert r.status_code == 422
    body = r.json()
    assert param in body["message"] or param in str(body["detail"][0]["loc"])
    assert "\n" not in body["message"] and len(body["message"]) < 300


# --------------------------------------------------------------------------- quotes and conflicts
INJECTIONS = ["'", "\"", "%", "_", ";--", "' OR '1'='1", "1; DROP TABLE events;--", "\\", "*", "NEAR(a b)",
              "\" OR 1=1 --"]


@pytest.fixture(scope="module")
def items_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The corpus (one Dutch quote, no conflict) and two full documents (a quote and a conflict each)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('items') / 'kroniek.db'}"
    store = Store.open(url)
    try:
        store.add_many([*corpus(), full_document("nl", 0), full_document("en", 1)])
    finally:
        store.close()
    with TestClient(create_app(url)) as c:
        yield c


WIJ, WE, BETOGERS = "Wij laten ons niet ronselen", "We will not be drafted", "protesteerden zaterdag in Amsterdam"


@pytest.mark.parametrize(("query", "expected"), [
    ("", {WIJ, WE, BETOGERS}),
    ("?language=en", {WE}),
    ("?language=nl", {WIJ, BETOGERS}),
    ("?source=voorbeeld", {WIJ}),
    ("?source=Example%20News", {WE}),
    ("?date_from=2024", {BETOGERS}),
    ("?date_to=2022-09-26", {WIJ}),
    ("?date_from=2022-09-27&date_to=2022-09-30", {WE}),
    ("?speaker=petrova", {WIJ, WE}),
    ("?text=ronselen", {WIJ}),
    ("?speaker=Anna&language=en", {WE}),
])
def test_quotes_filter_on_their_article_like_events(items_client: TestClient, query: str,
                                                    expected: set[str]) -> None:
    page = items_client.get("/quotes" + query).json()
    assert {q["text"] for q in page["items"]} == expected
    assert page["total"] == len(expected)


@pytest.mark.parametrize(("query", "expected"), [
    ("", {"het ministerie", "the ministry"}),
    ("?language=en", {"the ministry"}),
    ("?language=nl", {"het ministerie"}),
    ("?source=voorbeeld", {"het ministerie"}),
    ("?date_from=2022-09-27", {"the ministry"}),
    ("?date_to=2022-09-26", {"het ministerie"}),
    ("?text=ministerie", {"het ministerie"}),  # words of the article
    ("?text=drafted%20ministry", {"the ministry"}),
    ("?text=Kharkiv", set()),
])
def test_conflicts_filter_on_their_article_like_events(items_client: TestClient, query: str,
                                                       expected: set[str]) -> None:
    page = items_client.get("/conflicts" + query).json()
    assert {c["values"][1]["source"] for c in page["items"]} == expected
    assert page["total"] == len(expected)


@pytest.mark.parametrize(("language", "text", "description", "source"), [
    ("nl", WIJ, "van de actiegroep", "Voorbeeldkrant"),
    ("en", WE, "of the action group", "Example News"),
])
def test_quote_carries_its_speaker_and_article(items_client: TestClient, language: str, text: str,
                                               description: str, source: str) -> None:
    (quote,) = items_client.get("/quotes", params={"language": language, "speaker": "Anna"}).json()["items"]
    assert (quote["text"], quote["speaker_text"], quote["speaker_description"]) == (text, "Anna Petrova", description)
    assert quote["document"]["language"] == language and quote["document"]["source"] == source
    assert quote["document"]["url"] == f"https://news.example.org/{language}/{0 if language == 'nl' else 1}"


@pytest.mark.parametrize(("language", "sources", "article_source"), [
    ("nl", ["OVD-Info", "het ministerie"], "Voorbeeldkrant"),
    ("en", ["OVD-Info", "the ministry"], "Example News"),
])
def test_conflict_values_carry_their_sources(items_client: TestClient, language: str, sources: list[str],
                                             article_source: str) -> None:
    (conflict,) = items_client.get("/conflicts", params={"language": language}).json()["items"]
    assert conflict["what"] == "events[ev-2].size.arrested"
    assert [v["source"] for v in conflict["values"]] == sources
    assert [v["claimed_by_text"] for v in conflict["values"]] == ["OVD-Info", "police"]
    assert [(v["low"], v["high"]) for v in conflict["values"]] == [(701, 750), (300, 300)]
    assert conflict["document"]["language"] == language and conflict["document"]["source"] == article_source


@pytest.mark.parametrize("path", ["/quotes", "/conflicts"])
@pytest.mark.parametrize("param", ["text", "source"])
@pytest.mark.parametrize("value", INJECTIONS)
def test_item_text_filters_cannot_reach_sql(items_client: TestClient, path: str, param: str, value: str) -> None:
    r = items_client.get(path, params={param: value})
    assert r.status_code == 200 and r.json()["total"] == 0, r.text
    assert items_client.get(path).json()["total"] == (3 if path == "/quotes" else 2)


@pytest.mark.parametrize(("path", "params"), [
    ("/quotes", {"document", "language", "source", "date_from", "date_to", "speaker", "text", "limit", "offset"}),
    ("/conflicts", {"document", "language", "source", "date_from", "date_to", "text", "limit", "offset"}),
])
def test_openapi_documents_the_item_filters(client: TestClient, path: str, params: set[str]) -> None:
    documented = client.get("/openapi.json").json()["paths"][path]["get"]["parameters"]
    assert {p["name"] for p in documented} == params
    assert all(p.get("description") for p in documented if p["name"] not in ("limit", "offset"))


# --------------------------------------------------------------------------- read-only and injection
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_api_is_read_only(client: TestClient, method: str) -> None:
    assert getattr(client, method)("/events").status_code == 405


@pytest.mark.parametrize("param", ["text", "actor", "admin1", "mode"])
@pytest.mark.parametrize("value", INJECTIONS)
def test_text_filters_cannot_reach_sql(client: TestClient, param: str, value: str) -> None:
    r = client.get("/events", params={param: value})
    assert r.status_code in (200, 422), r.text  # mode has a pattern; the rest must be taken literally
    if r.status_code == 200:  # at most the one event whose actor is literally "Farmers' union members"
        assert r.json()["total"] <= (1 if (param, value) == ("actor", "'") else 0)
    assert client.get("/events").json()["total"] == 7  # nothing was dropped or changed


@pytest.mark.parametrize(("param", "value", "expected"), [
    ("actor", "Farmers' union", ["rejected"]),  # a quote in a name is matched literally
    ("text", "100%", ["rejected"]),
    ("text", "deal; --", ["rejected"]),
])
def test_text_filters_match_quotes_and_wildcards_literally(client: TestClient, param: str, value: str,
                                                           expected: list[str]) -> None:
    r = client.get("/events", params={param: value})
    assert sorted(e["trigger"]["text"] for e in r.json()["items"]) == expected


def test_responses_carry_security_headers(client: TestClient) -> None:
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/documents", "/documents/{doc_id}", "/events", "/events/{key}", "/places", "/quotes", "/conflicts",
              "/stats", "/timeline", "/map"):
        assert p in paths and set(paths[p]) == {"get"}


# --------------------------------------------------------------------------- write token
@pytest.mark.parametrize(("env", "header", "status"), [
    (None, "Bearer x", 403),
    ("s3cret", None, 401),
    ("s3cret", "Bearer wrong", 403),
    ("s3cret", "Bearer s3cret", 200),
])
def test_write_dependency_requires_kroniek_token(monkeypatch: pytest.MonkeyPatch, env: str | None,
                                                 header: str | None, status: int) -> None:
    from fastapi import Depends, FastAPI

    from kroniek.api import require_token

    if env is None:
        monkeypatch.delenv("KRONIEK_TOKEN", raising=False)
    else:
        monkeypatch.setenv("KRONIEK_TOKEN", env)
    app = FastAPI()

    @app.post("/write", dependencies=[Depends(require_token)])
    def write() -> dict[str, bool]:
        return {"ok": True}

    headers = {"Authorization": header} if header else {}
    assert TestClient(app).post("/write", headers=headers).status_code == status


def test_serve_defaults_to_localhost() -> None:
    import inspect

    from kroniek.cli.serve import serve

    assert inspect.signature(serve).parameters["host"].default.default == "127.0.0.1"


@pytest.mark.parametrize("path", ["/?utm_source=feed", "/docs", "/static/app.js", "/static/basemap.geojson"])
def test_page_and_static_files_are_served(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200
