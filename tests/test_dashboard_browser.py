"""The dashboard in a real browser: Playwright driving Debian's Chromium, headless.

Skips with a message when /usr/bin/chromium or the playwright package is missing. Set
EVENTWATCH_SCREENSHOT=docs/dashboard.png to also save a screenshot of the dashboard on the demo data.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwatch.records import AirspaceThreat, Document, DocumentResult, Event, Evidence, Truce, Violation
from eventwatch.serve.api import create_app
from eventwatch.serve.demo import demo_results
from eventwatch.store.sqlite import SQLiteStore

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("EVENTWATCH_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip

if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)


def truce_and_threat_result() -> DocumentResult:
    """Our own invented report: a truce with one alleged and one possible violation, and a no-fly zone."""
    text = ("A truce between the Blue Brigade and the Red Front, brokered by Ruritania, began on 2 June. "
            "A mayor said the Red Front broke it by shelling Port Azur. Two people were killed in Inland. "
            "The Blue Brigade declared a no-fly zone over Tripoli until further notice.")  # fmt: skip

    def event(eid: str, place: str, lat: float, lon: float, deaths: int) -> Event:
        return Event(event_id=eid, doc_id="truce-doc", event_date=dt.date(2020, 6, 5), time_precision=1,
                     event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                     actor1="Red Front", country="Libya", iso3="LBY", admin1="Tripoli", location=place,
                     latitude=lat, longitude=lon, fatalities=deaths, doc_ids=["truce-doc"],
                     evidence=[Evidence(0, 10, text[:10], "truce-doc", "mention")])  # fmt: skip

    events = [event("truce-ev-1", "Port Azur", 32.9, 13.2, 0), event("truce-ev-2", "Inland", 32.5, 13.0, 2)]
    truce = Truce(truce_id="truce-1", kind="truce", parties=["Blue Brigade", "Red Front"], brokers=["Ruritania"],
                  start=dt.date(2020, 6, 2), country="Libya", doc_ids=["truce-doc"],
                  violations=[Violation("truce-ev-1", "alleged", alleged_by="a mayor", doc_id="truce-doc"),
                              Violation("truce-ev-2", "possible", doc_id="truce-doc")])  # fmt: skip
    ring = [[12.9, 32.6], [13.6, 32.6], [13.6, 33.1], [12.9, 33.1], [12.9, 32.6]]
    threat = AirspaceThreat(threat_id="threat-1", issuer="Blue Brigade", kind="declared threat", applies_to="all",
                            valid_from=dt.date(2020, 6, 3), until_further_notice=True, level=1,
                            geometry={"type": "Polygon", "coordinates": [ring]}, airports_inside=["HLLM"],
                            airports_near=["HLMS"], country="Libya", doc_ids=["truce-doc"])  # fmt: skip
    doc = Document(id="truce-doc", text=text, published=dt.date(2020, 6, 6), source="Our Wire")
    return DocumentResult(document=doc, events=events, truces=[truce], threats=[threat])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn
    from test_api import hostile_result

    saved = sys.modules.get("eventwatch.link.incidents")
    sys.modules["eventwatch.link.incidents"] = None  # type: ignore[assignment]
    try:
        store = SQLiteStore(tmp_path_factory.mktemp("browser") / "b.sqlite")
        for r in demo_results(300, seed=5):
            store.add_result(r)
        store.add_result(hostile_result())
        store.add_result(truce_and_threat_result())
    finally:
        if saved is None:
            sys.modules.pop("eventwatch.link.incidents", None)
        else:
            sys.modules["eventwatch.link.incidents"] = saved
    port = _free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.errors = errors
    yield p
    context.close()


def _ready(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=15000)


def _row_count(page: Any) -> int:
    return int(page.locator("#rows tr").count())


def test_load_filter_brush_and_open(page: Any, server: str) -> None:
    _ready(page, server + "/")
    assert "events match" in page.inner_text("#summary")
    assert page.locator("#map .land path").count() > 100  # offline outlines
    assert page.locator("#map circle.marker").count() > 3
    assert _row_count(page) == 50
    # filter by type: every row and every marker is that type, and the URL carries the filter
    page.select_option("#f-event_type", "Battles")
    page.wait_for_function("() => [...document.querySelectorAll('#rows tr td:nth-child(2)')]"
                           ".every(td => td.textContent === 'Battles')")  # fmt: skip
    page.wait_for_function(
        "() => [...document.querySelectorAll('#map circle.marker')].every(c => c.dataset.type === 'Battles')"
    )
    assert "event_type=Battles" in page.url
    summary_all = page.inner_text("#summary")
    # brush the timeline: the date inputs are set and rows fall inside them
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.30, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => document.getElementById('f-date_from').value !== ''")
    page.wait_for_function(f"() => document.getElementById('summary').textContent !== {summary_all!r}")
    date_from = page.input_value("#f-date_from")
    date_to = page.input_value("#f-date_to")
    assert date_from <= date_to
    dates = page.locator("#rows tr td:first-child").all_inner_texts()
    assert dates and all(date_from <= d <= date_to for d in dates)
    assert f"date_from={date_from}" in page.url
    # sort by fatalities by keyboard
    page.focus("th button[data-sort=fatalities]")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('th[aria-sort=descending] button')?.dataset.sort === 'fatalities'"
    )
    deaths = [int(x) for x in page.locator("#rows tr td.num").all_inner_texts()]
    assert deaths == sorted(deaths, reverse=True)
    # open an event by keyboard: the panel shows the report with the evidence highlighted
    page.focus("#rows tr")
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel:not([hidden]) .doc-text mark")
    mark = page.locator("#panel .doc-text mark").first.inner_text()
    assert mark and mark in page.inner_text("#panel .doc-text")
    assert "Event type" in page.inner_text("#panel-fields")
    # the link reproduces the view, panel included
    link = page.url
    assert "event=" in link
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()
    _ready(page, link)
    page.wait_for_selector("#panel:not([hidden]) .doc-text mark")
    assert page.input_value("#f-date_from") == date_from and page.input_value("#f-event_type") == "Battles"
    assert page.errors == []
    shot = os.environ.get("EVENTWATCH_SCREENSHOT")
    if shot:
        page.keyboard.press("Escape")
        _ready(page, server + "/")
        page.wait_for_timeout(500)
        page.screenshot(path=shot)


def test_a_stale_answer_never_overwrites_a_newer_one(page: Any, server: str) -> None:
    """Answers may come back in any order: an unfiltered page answered after the filtered one is dropped."""
    _ready(page, server + "/")
    held: list[Any] = []

    def hold_unfiltered(route: Any) -> None:
        if "event_type=" in route.request.url:
            route.continue_()
        else:
            held.append(route)  # answered later, after the filtered request

    page.route("**/api/v1/events?*", hold_unfiltered)
    page.evaluate("() => { document.getElementById('f-q').value = ''; }")
    page.evaluate("() => { loadAll(); }")  # an unfiltered reload, held back (not awaited)
    page.select_option("#f-event_type", "Battles")  # the newer, filtered one
    page.wait_for_function("() => [...document.querySelectorAll('#rows tr td:nth-child(2)')]"
                           ".every(td => td.textContent === 'Battles')")  # fmt: skip
    assert held, "the unfiltered request was not made"
    for route in held:
        route.continue_()
    page.wait_for_timeout(500)
    types = page.locator("#rows tr td:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"Battles"}
    page.unroute("**/api/v1/events?*")
    assert page.errors == []


def test_report_text_never_executes(page: Any, server: str) -> None:
    _ready(page, server + "/?event=hostile-1")
    page.wait_for_selector("#panel:not([hidden]) .doc-text")
    text = page.inner_text("#panel .doc-text")
    assert "<script>window.__pwned = 1</script>" in text  # shown as text
    assert page.locator("#panel .doc-text script, #panel .doc-text img").count() == 0
    page.fill("#f-q", "Shelling killed")
    page.press("#f-q", "Enter")
    page.wait_for_function("() => document.querySelectorAll('#rows tr').length === 1")
    assert "Unknown <script>" in page.inner_text("#rows")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.errors == []


def test_threat_areas_airports_and_truces(page: Any, server: str) -> None:
    _ready(page, server + "/")
    # the threat area is drawn from the threats GeoJSON, the airports coloured by their status with labels
    area = page.locator("#map path.threat[data-threat='threat-1']")
    assert area.count() == 1 and len(area.get_attribute("d") or "") > 20
    assert page.locator("#map rect.airport.inside[data-icao='HLLM']").count() == 1
    assert page.locator("#map rect.airport.near[data-icao='HLMS']").count() == 1
    assert {"HLLM", "HLMS"} <= set(page.locator("#map text.icao").all_text_contents())
    # by keyboard: the area opens its validity, issuer and what it applies to
    area.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#threat-info:not([hidden])")
    info = page.inner_text("#threat-info")
    for expected in ("Blue Brigade", "2020-06-03", "until further notice", "all", "HLLM"):
        assert expected in info, (expected, info)
    # the truces panel: kind, parties, brokers, dates and the incidents, alleged (with who) and possible
    truce = page.locator("#truce-list article[data-truce='truce-1']")
    text = truce.inner_text()
    for expected in ("Blue Brigade; Red Front", "Ruritania", "2020-06-02", "open", "alleged by a mayor"):
        assert expected in text, (expected, text)
    assert truce.locator("li[data-kind=alleged] button[data-event='truce-ev-1']").count() == 1
    possible = truce.locator("li[data-kind=possible] button[data-event='truce-ev-2']")
    assert possible.count() == 1 and "2 killed" in possible.inner_text()
    # an incident opens in the event panel (keyboard: focus + Enter)
    possible.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel:not([hidden]) .doc-text")
    assert "Inland" in page.inner_text("#panel-title") and "event=truce-ev-2" in page.url
    assert page.errors == []
    shot = os.environ.get("EVENTWATCH_THREAT_SCREENSHOT")
    if shot:
        page.keyboard.press("Escape")
        page.click("#threat-list button[data-threat='threat-1']")
        page.wait_for_timeout(500)
        page.screenshot(path=shot)
