"""The incidents on the web page, in a real browser: incidents by default on the map and timeline, the
switch to mentions, and the incident view with every report, its highlighted sentence and its link."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from incidents.reports import report
from incidents.test_linking import DEMO, STABBINGS
from web.test_web import ARGS, CHROMIUM, _serving

browser_test = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    docs = [report(language=lang, place="Amsterdam" if lang == "nl" else "Manchester", **r)  # type: ignore[arg-type]
            for lang in ("nl", "en") for r in DEMO[lang]]
    docs += [report(text, trigger=trig, date=date, date_text=dtext, published=date, source=src, event_type="ASSAULT",
                    mode="beat", place="Rotterdam") for text, trig, date, dtext, src in STABBINGS["nl"]]
    with _serving(f"sqlite:///{tmp_path_factory.mktemp('web-incidents') / 'kroniek.db'}", docs) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


def _markers(page: Any, n: int) -> None:
    page.wait_for_function(f"document.querySelector('#map').getAttribute('data-markers') === '{n}'")


@browser_test
def test_the_map_shows_incidents_by_default(page: Any, server: str) -> None:
    page.goto(server)
    _markers(page, 4)  # 8 reports of 4 happenings
    assert page.locator("#level-incidents").get_attribute("class") == "active"
    page.wait_for_selector("#timeline rect.bar")
    assert page.errors == []


@browser_test
def test_the_switch_shows_every_mention(page: Any, server: str) -> None:
    page.goto(server)
    _markers(page, 4)
    page.locator("#level-mentions").click()
    _markers(page, 8)
    page.reload()  # the choice holds for the session
    _markers(page, 8)
    page.locator("#level-incidents").click()
    _markers(page, 4)
    assert page.errors == []


@browser_test
def test_the_incident_view_lists_every_report_with_its_sentence_and_link(page: Any, server: str) -> None:
    page.goto(server)
    _markers(page, 4)
    page.locator("#map path.marker-PROTEST").first.dispatch_event("click")
    popup = page.locator(".leaflet-popup .popup")
    popup.wait_for()
    page.wait_for_function("!document.querySelector('#map').classList.contains('leaflet-zoom-anim')")
    popup.locator("a", has_text="3 reports").click()
    page.wait_for_selector("#inc-reports li.report")
    reports = page.locator("#inc-reports li.report")
    assert reports.count() == 3
    triggers = [reports.nth(i).locator(".hl-trigger").inner_text() for i in range(3)]
    assert all(triggers)
    assert "first report" in reports.nth(0).inner_text()
    assert "with score" in reports.nth(1).inner_text() and "place" in reports.nth(1).inner_text()
    facts = page.locator("#inc-facts").inner_text()
    assert "3 from 3 sources" in facts and "outlets disagree" in facts
    page.locator("#inc-reports li.report a").first.click()  # a report leads to its event in its article
    page.wait_for_selector("#art-text .hl-trigger")
    assert page.locator("#incident-view").is_hidden()
    assert page.errors == []


@browser_test
def test_an_incident_of_one_report_opens_its_event(page: Any, server: str) -> None:
    page.goto(server)
    _markers(page, 4)
    page.locator("#map path.marker-ASSAULT").first.dispatch_event("click")
    popup = page.locator(".leaflet-popup .popup")
    popup.wait_for()
    page.wait_for_function("!document.querySelector('#map').classList.contains('leaflet-zoom-anim')")
    popup.locator("a", has_text="1 report").first.click()
    page.wait_for_selector("#art-text .hl-trigger")
    assert page.locator("#art-text .hl-trigger").first.inner_text() == "neergestoken"
    assert page.errors == []


@browser_test
def test_the_event_view_leads_to_its_incident(page: Any, server: str) -> None:
    page.goto(server)
    page.wait_for_selector("#events tbody tr[data-key]")
    key = page.locator("#events tbody tr[data-key]", has_text="Museumplein").first.get_attribute("data-key")
    page.goto(server + "#/event/" + key)
    link = page.locator("#ev-incident")
    link.wait_for()
    assert link.inner_text() == "3 reports from 3 sources"
    link.click()
    page.wait_for_selector("#inc-reports li.report")
    assert page.locator("#inc-reports li.report").count() == 3
    assert page.errors == []
