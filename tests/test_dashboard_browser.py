"""The dashboard in a real browser: Playwright driving Debian's Chromium, headless.

Skips with a message when /usr/bin/chromium or the playwright package is missing. Set
EVENTWATCH_SCREENSHOT=docs/dashboard.png to also save a screenshot of the dashboard on the demo data.
"""

from __future__ import annotations

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
