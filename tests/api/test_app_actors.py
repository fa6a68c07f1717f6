"""REST API: typed actors and targets on events, the actor filters, /actors and /actors/{id}.

FastAPI TestClient in-process against a real SQLite file and PostgreSQL, filled with the API corpus
(tests/api/corpus.py: typed participants in Dutch and English, see KINDS) through Store.add.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.test_app import database, fill
from kroniek.api import create_app
from kroniek.model import ACTOR_SECTORS, ACTOR_TYPES


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = fill(database(request.param, tmp_path_factory.mktemp("api-actors")))
    with TestClient(create_app(url)) as c:
        yield c


def triggers(c: TestClient, params: dict[str, str]) -> list[str]:
    r = c.get("/events", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["items"])
    return sorted(e["trigger"]["text"] for e in body["items"])


def actor_named(c: TestClient, name: str) -> dict:  # type: ignore[type-arg]
    [actor] = c.get("/actors", params={"name": name}).json()["items"]
    return actor  # type: ignore[no-any-return]


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor_type": "state forces"}, ["accused", "arresteerde", "sancties oplegt", "shelled"]),
    ({"actor_type": "protesters"}, ["arresteerde", "protesteerden"]),
    ({"actor_type": "protesters", "role": "actor"}, ["protesteerden"]),
    ({"actor_type": "Protesters", "role": "target"}, ["arresteerde"]),
    ({"actor_type": "police"}, ["arresteerde"]),
    ({"actor_type": "military,police"}, ["arresteerde", "shelled"]),
    ({"actor_type": "government", "role": "target"}, ["accused", "sancties oplegt"]),
    ({"actor_type": "rebel group"}, []),
    ({"actor": "government of russia"}, ["accused", "sancties oplegt"]),  # one actor, two documents, two names
    ({"actor": "Moscow"}, ["accused"]),
    ({"actor": "Moscow", "role": "actor"}, []),
    ({"actor": "demonstranten"}, ["arresteerde", "liepen"]),  # an untyped actor and a typed crowd
    ({"actor": "politie", "actor_type": "state forces", "country": "NL"}, ["arresteerde"]),
    ({"actor_type": "state forces", "type": "ASSAULT"}, ["shelled"]),
], ids=str)
def test_events_filter_by_actor_type_and_role(client: TestClient, params: dict[str, str],
                                              expected: list[str]) -> None:
    assert triggers(client, params) == expected


def test_events_carry_typed_actors_targets_and_actor_ids(client: TestClient) -> None:
    [event] = client.get("/events", params={"mode": "arrest"}).json()["items"]
    [actor], [target] = event["actors"], event["targets"]
    assert (actor["text"], actor["canonical"], actor["type"], actor["sector"], actor["country"]) == (
        "De politie", "politie", "state forces", "police", "NL")
    assert (target["type"], target["sector"], target["entity"]) == ("protesters", "civilians", None)
    assert event["target_ids"] == [None]  # a crowd is no actor
    assert client.get(f"/actors/{event['actor_ids'][0]}").json()["canonical"] == "politie"


def test_actors_lists_each_named_actor_once_with_counts_and_variants(client: TestClient) -> None:
    body = client.get("/actors").json()
    names = [a["canonical"] for a in body["items"]]
    assert body["total"] == len(names) == len(set(names)) == 7
    russia = actor_named(client, "Government of Russia")
    assert (russia["type"], russia["sector"], russia["country"]) == ("state forces", "government", "RU")
    assert (russia["events"], russia["documents"], russia["as_actor"], russia["as_target"]) == (2, 2, 0, 2)
    assert sorted((v["text"], v["count"]) for v in russia["variants"]) == [("Moscow", 1), ("Rusland", 1)]
    assert names[0] == "Government of Russia"  # the most events first


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "state forces", "country": "RU"}, ["Government of Russia", "Russian Armed Forces"]),
    ({"type": "government"}, ["Government of Russia", "Government of Ukraine", "kabinet"]),
    ({"country": "nl,be"}, ["kabinet", "politie"]),
    ({"name": "rusland"}, ["Government of Russia"]),  # by a variant
    ({"name": "protesters"}, []),  # a crowd is no actor
])
def test_actors_filter(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    body = client.get("/actors", params=params).json()
    assert sorted(a["canonical"] for a in body["items"]) == expected and body["total"] == len(expected)


def test_events_of_an_actor_by_its_id(client: TestClient) -> None:
    russia = actor_named(client, "rusland")
    assert triggers(client, {"actor_id": russia["id"]}) == ["accused", "sancties oplegt"]
    assert triggers(client, {"actor_id": russia["id"], "role": "actor"}) == []
    assert client.get(f"/actors/{russia['id']}").json() == russia


def test_unknown_actor_is_404(client: TestClient) -> None:
    r = client.get("/actors/" + "0" * 16)
    assert r.status_code == 404 and "not in this database" in r.json()["detail"]


@pytest.mark.parametrize(("query", "param", "named"), [
    ("/events?actor_type=soldiers", "actor_type", "state forces"),
    ("/events?actor_type=police,pirates", "actor_type", "judiciary"),
    ("/events?role=victim", "role", "actor, target"),
    ("/events?actor_id=Poetin", "actor_id", "pattern"),
    ("/actors?type=soldiers", "type", "external/other forces"),
    ("/actors?country=NLD", "country", "pattern"),
    ("/actors?role=actor", "role", "country, limit, name, offset, type"),
    ("/actors/Poetin", "actor_id", "pattern"),
])
def test_bad_actor_parameters_give_422_naming_what_is_allowed(client: TestClient, query: str, param: str,
                                                                named: str) -> None:
    r = client.get(query)
    assert r.status_code == 422
    body = r.json()
    assert param in body["message"] or param in str(body["detail"][0]["loc"])
    assert named in body["message"] and "\n" not in body["message"]


def test_openapi_documents_the_actor_filters_and_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]["/actors"]) == set(spec["paths"]["/actors/{actor_id}"]) == {"get"}
    for path in ("/events", "/map", "/timeline", "/places"):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        assert {"actor", "actor_type", "actor_id", "role"} <= set(params)
        assert all(t in params["actor_type"]["description"] for t in ACTOR_TYPES)
        assert "target" in params["role"]["description"]
    listed = {p["name"]: p for p in spec["paths"]["/actors"]["get"]["parameters"]}
    assert set(listed) == {"name", "type", "country", "limit", "offset"}
    assert all(p.get("description") for n, p in listed.items() if n not in ("limit", "offset"))
    assert "/actors" in spec["info"]["description"]


def test_types_lists_the_actor_categories_sectors_and_roles(client: TestClient) -> None:
    body = client.get("/types").json()
    assert (body["actor_types"], body["sectors"], body["roles"]) == (list(ACTOR_TYPES), list(ACTOR_SECTORS),
                                                                     ["actor", "target"])


def test_stats_count_the_actors(client: TestClient) -> None:
    assert client.get("/stats").json()["actors"] == client.get("/actors").json()["total"] == 7
