"""Kill ``eventwatch ingest`` with SIGKILL mid-batch, run it again: every document stored exactly once.

The pipeline here is ``segment`` plus a small test stage (registered by a plug-in module the subprocess
imports) that sleeps a little and makes one event per document, so the test needs no NLP model and the
batch is slow enough to be killed half-way.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import eventwatch
from eventwatch.ingest import document_id
from eventwatch.store.base import open_store

N_DOCS = 30
PLUGIN = """
import hashlib, os, re, time
from eventwatch.pipeline import component
from eventwatch.records import Event


@component("test-slow-events")
def make(settings):
    delay = float(os.environ.get("EW_TEST_DELAY", "0"))

    def stage(ctx):
        time.sleep(delay)
        doc = ctx.document
        n = int(re.search(r"number (\\d+)", doc.text).group(1))
        ctx.events.append(
            Event(
                event_id="R" + hashlib.sha256(doc.id.encode()).hexdigest()[:12],
                doc_id=doc.id,
                event_date=doc.published,
                time_precision=1,
                event_type="Battles",
                sub_event_type="Armed clash",
                actor1="Test Force A",
                actor2="Test Force B",
                country="Chad",
                iso3="TCD",
                location=f"Place {n}",
                latitude=10.0 + n,
                longitude=15.0 + n,
                fatalities=n,
                notes=doc.text[:40],
            )
        )

    return stage
"""
RUNNER = "import sys, ew_resume_plugin; from eventwatch.cli import main; raise SystemExit(main(sys.argv[1:]))"


def _batch(folder: Path) -> list[str]:
    folder.mkdir()
    ids = []
    for i in range(N_DOCS):
        doc_id = f"d{i}"
        text = f"Fighters clashed with soldiers near village number {i} on Monday, killing {i} people, officials said."
        # half as text files, half as one JSONL batch: both kinds of input resume
        if i % 2:
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            ids.append(document_id(doc_id, text))
        else:
            with (folder / "batch.jsonl").open("a", encoding="utf-8") as f:
                f.write(
                    json.dumps({"id": doc_id, "text": text, "published": f"2023-03-{i % 28 + 1:02d}"}) + "\n"
                )
            ids.append(doc_id)
    return ids


def _command(folder: Path, db: Path, plugin_dir: Path, delay: float) -> tuple[list[str], dict[str, str]]:
    src = str(Path(eventwatch.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([src, str(plugin_dir), env.get("PYTHONPATH", "")])
    env["EW_TEST_DELAY"] = str(delay)
    argv = [sys.executable, "-c", RUNNER, "ingest", str(folder), "--db", str(db)]
    argv += ["--stages", "segment,test-slow-events", "--no-progress", "--published", "2023-04-01"]
    return argv, env


def _documents(db: Path) -> int:
    try:
        with open_store(db) as store:
            return store.counts()["documents"]
    except Exception:  # not created yet, or busy
        return 0


def _snapshot(db: Path) -> tuple[list[str], list[tuple[str, str, int]], dict[str, int]]:
    with open_store(db) as store:
        docs = sorted(d.id for d in store.iter_documents())
        events = sorted((e.event_id, e.location, e.fatalities) for e in store.iter_events())
        return docs, events, store.counts()


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_kill_and_resume_stores_each_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    ids = _batch(folder)
    plugin_dir = tmp_path / "plugin"
    plugin_dir.mkdir()
    (plugin_dir / "ew_resume_plugin.py").write_text(PLUGIN, encoding="utf-8")

    db = tmp_path / "resumed.sqlite"
    argv, env = _command(folder, db, plugin_dir, delay=0.08)
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored = _documents(db)
        if stored >= 5:
            break
        time.sleep(0.02)
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.communicate()}"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    before = _documents(db)
    assert 5 <= before < N_DOCS, before

    rerun = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_DOCS - before} new, {before} skipped as already stored, 0 failed" in rerun.stdout

    clean_db = tmp_path / "clean.sqlite"
    clean_argv, clean_env = _command(folder, clean_db, plugin_dir, delay=0)
    clean = subprocess.run(clean_argv, env=clean_env, capture_output=True, text=True, timeout=120)
    assert clean.returncode == 0, clean.stderr

    docs, events, counts = _snapshot(db)
    assert docs == sorted(ids)  # every document, exactly once
    assert len(events) == len({e[0] for e in events}) == N_DOCS  # no event duplicated
    assert (docs, events, counts) == _snapshot(clean_db)
