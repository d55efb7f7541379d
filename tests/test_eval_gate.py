"""The accuracy gate: event coding must not fall below the floors pinned in eval_floors.json.

Runs the scorers of ``eventwatch eval events`` on fixed subsets (the first 300 CASE 2021 snippets, all PLOVER
and all PETRARCH-2 records); skips where ../shared/benchmarks is absent. Floors only rise: when a change lifts a
figure, raise its floor in the same change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwatch.eval.events import evaluate

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
FLOORS: dict[str, Any] = json.loads((Path(__file__).with_name("eval_floors.json")).read_text("utf-8"))

pytestmark = pytest.mark.skipif(
    not (BENCHMARKS / "events").is_dir(),
    reason=f"benchmarks not found at {BENCHMARKS} (the accuracy gate needs ../shared/benchmarks)",
)


def _check(name: str, measured: float, floor: float) -> None:
    assert measured >= floor, f"{name}: {measured:.4f} fell below its floor {floor:.4f}"


def test_case2021_floors() -> None:
    floors = FLOORS["case2021_first300"]
    pipeline, _, _ = evaluate("case2021", BENCHMARKS, typer="pipeline", limit=300, progress=False)
    rules, _, _ = evaluate("case2021", BENCHMARKS, typer="rules", limit=300, progress=False)
    combined, _, _ = evaluate("case2021", BENCHMARKS, typer="combined", limit=300, progress=False)
    _check("CASE pipeline weighted F1", pipeline["acled_25"]["weighted_f1"], floors["pipeline_weighted_f1"])
    _check("CASE rules weighted F1", rules["acled_25"]["weighted_f1"], floors["rules_weighted_f1"])
    _check("CASE combined weighted F1", combined["acled_25"]["weighted_f1"], floors["combined_weighted_f1"])
    _check(
        "CASE non-ACLED snippets without a violence event (pipeline)",
        pipeline["non_acled"]["no_violence_event"],
        floors["pipeline_non_acled_no_violence"],
    )
    _check(
        "CASE non-ACLED snippets without a violence event (rules)",
        rules["non_acled"]["no_violence_event"],
        floors["rules_non_acled_no_violence"],
    )


def test_plover_floors() -> None:
    floors = FLOORS["plover_all"]
    report, _, _ = evaluate("plover", BENCHMARKS, typer="combined", progress=False)
    _check("PLOVER event type", report["event_type"]["accuracy"], floors["combined_event_type_accuracy"])
    _check(
        "PLOVER source country",
        report["source_country"]["accuracy"],
        floors["combined_source_country_accuracy"],
    )


def test_petrarch_floors() -> None:
    floors = FLOORS["petrarch_all"]
    report, _, _ = evaluate("petrarch", BENCHMARKS, typer="combined", progress=False)
    _check("PETRARCH CAMEO root", report["cameo_root"]["accuracy"], floors["combined_cameo_root_accuracy"])


def test_floors_are_sane() -> None:
    for group in ("case2021_first300", "plover_all", "petrarch_all"):
        for key, value in FLOORS[group].items():
            assert 0.0 <= float(value) <= 1.0, f"{group}.{key} = {value} is no share"
