"""The /incidents endpoints on SQLite and PostgreSQL: reads open, merge and split with the token (401/403)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from incidents.reports import report
from incidents.test_linking import DEMO, STABBINGS
from kroniek.api import create_app
from kroniek.store import Store

from backends import BACKENDS, backend_url

TOKEN = "s3cret-incidents"


@pytest.fixture(params=BACKENDS)
def client(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("KRONIEK_TOKEN", TOKEN)
    url = backend_url(request.param, tmp_path, schema="kroniek_api_incidents")
    with Store.open(url) as store:
        store.add_many([report(language=lang, place="Amsterdam" if lang == "nl" else "Manchester", **r)  # type: ignore[arg-type]
                        for lang in ("nl", "en") for r in DEMO[lang]])
        store.add_many([report(text, trigger=trig, date=date, date_text=dtext, published=date, source=src,
                               event_type="ASSAULT", mode="beat", place="Rotterdam")
                        for text, trig, date, dtext, src in STABBINGS["nl"]])
    with TestClient(create_app(url)) as c:
        yield c


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def ids(client: TestClient, **params: str) -> list[str]:
    return [x["id"] for x in client.get("/incidents", params=params).json()["items"]]


def test_incidents_are_listed_with_their_reconciled_fields(client: TestClient) -> None:
    page = client.get("/incidents").json()
    assert page["total"] == 4
    demo = next(x for x in page["items"] if (x["place"] or {}).get("name") == "Amsterdam")
    assert demo["n_reports"] == 3 and demo["n_sources"] == 3
    assert demo["size"]["participants"]["low"] == 2000 and demo["conflicts"]


@pytest.mark.parametrize(("params", "n"), [({"type": "ASSAULT"}, 2), ({"country": "GB"}, 1),
                                           ({"date_from": "2024-05-07"}, 1), ({"text": "woonprotest"}, 1)])
def test_incidents_filter_like_events(client: TestClient, params: dict[str, str], n: int) -> None:
    assert client.get("/incidents", params=params).json()["total"] == n


def test_an_unknown_filter_is_refused(client: TestClient) -> None:
    assert client.get("/incidents", params={"colour": "red"}).status_code == 422


def test_one_incident_lists_every_report_and_its_link(client: TestClient) -> None:
    (inc,) = ids(client, country="GB")
    body = client.get(f"/incidents/{inc}").json()
    assert len(body["members"]) == 3
    first, second = body["members"][:2]
    assert first["link"]["by"] == "first" and second["link"]["score"] > 0
    assert second["link"]["to"] == first["key"] and "place" in second["link"]["features"]


def test_an_event_leads_to_its_incident(client: TestClient) -> None:
    (inc,) = ids(client, country="GB")
    key = client.get(f"/incidents/{inc}").json()["members"][0]["key"]
    assert client.get(f"/incidents/of/{key}").json()["incident"] == inc


def test_an_unknown_incident_is_404(client: TestClient) -> None:
    assert client.get("/incidents/inc-0000000000000000").status_code == 404


def test_the_incident_timeline_counts_incidents_not_reports(client: TestClient) -> None:
    timeline = client.get("/incidents/timeline", params={"bucket": "day", "type": "PROTEST"}).json()
    assert {b["period"]: b["counts"] for b in timeline["buckets"]} == {"2024-03-09": {"PROTEST": 2}}


@pytest.mark.parametrize(("headers", "status"), [({}, 401), (auth("wrong"), 403)])
def test_merge_needs_the_token(client: TestClient, headers: dict[str, str], status: int) -> None:
    a, b = ids(client, type="ASSAULT")
    assert client.post(f"/incidents/{a}/merge", json={"other": b}, headers=headers).status_code == status
    assert len(ids(client, type="ASSAULT")) == 2


@pytest.mark.parametrize(("headers", "status"), [({}, 401), (auth("wrong"), 403)])
def test_split_needs_the_token(client: TestClient, headers: dict[str, str], status: int) -> None:
    (inc,) = ids(client, country="GB")
    key = client.get(f"/incidents/{inc}").json()["members"][2]["key"]
    assert client.post(f"/incidents/{inc}/split", json={"members": [key]}, headers=headers).status_code == status


def test_merge_and_split_with_the_token(client: TestClient) -> None:
    a, b = ids(client, type="ASSAULT")
    merged = client.post(f"/incidents/{a}/merge", json={"other": b}, headers=auth())
    assert merged.status_code == 200 and len(merged.json()["members"]) == 2
    key = merged.json()["members"][1]["key"]
    split = client.post(f"/incidents/{a}/split", json={"members": [key]}, headers=auth())
    assert split.status_code == 200 and [m["key"] for m in split.json()["members"]] == [key]
    assert len(ids(client, type="ASSAULT")) == 2


def test_splitting_a_member_that_is_not_there_is_422(client: TestClient) -> None:
    (inc,) = ids(client, country="GB")
    got = client.post(f"/incidents/{inc}/split", json={"members": ["ab:ev-1"]}, headers=auth())
    assert got.status_code == 422


def test_the_incident_map_has_one_point_per_located_incident(client: TestClient) -> None:
    features = client.get("/incidents/map").json()["features"]
    assert len(features) == 4
    demo = next(f for f in features if f["properties"]["place"] == "Amsterdam")
    assert demo["properties"]["key"].startswith("inc-") and "(3 reports)" in demo["properties"]["trigger"]
