"""Issue 19: generated share links, passports and saves go all the way, from the decoder to the
drawn screen: decode, make a profile, open its screen, render the poster and the passport, play
frames with real input (keys, typing, clicks). Any exception fails the test.

The cases that once failed are kept: as `@example`s below, and as files in tests/corpus/
(one JSON file a case: {"kind": "link" | "passport" | "save", "data": ...}).
KOERS_FUZZ_EXAMPLES sets how many examples each property tries (a few by default, so the suite
stays fast; `KOERS_FUZZ_EXAMPLES=1000 pytest tests/test_fuzz_ways_in.py` for a long run)."""

from __future__ import annotations

import base64
import binascii
import json
import os
import zlib
from pathlib import Path
from typing import Any

import hypothesis
import pygame
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from game.app import App
from game.career import saves
from game.career.content import load_content
from game.career.passport import PassportError, read_file, to_passport
from game.career.profile import Profile
from game.career.share import ITEM, LISTS, SHARE_VERSION, TEXTS, ShareError, decode
from game.engine import bridge, storage
from game.engine.plain import to_plain
from game.scenes.shared import SharedPosterScene
from tests.helpers import frames, make_app, top_name


def event(value: str) -> None:
    """Count how a case came in, in hypothesis's statistics (the corpus runs outside hypothesis)."""
    if currently_in_test_context():
        hypothesis.event(value)


CORPUS = Path(__file__).parent / "corpus"
EXAMPLES = int(os.environ.get("KOERS_FUZZ_EXAMPLES", "10"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
CONTENT = load_content()
IDS = sorted(
    {
        c.id
        for group in ("goals", "values", "qualities", "stages", "steps", "routes", "barriers")
        for c in getattr(CONTENT, group)
    }
    | {o.id for o in CONTENT.occupations}
    | {i.id for i in CONTENT.interests}
    | {s.id for s in CONTENT.stories}
)
UUIDS = ["eeac6251-1974-42f5-91ed-513c6c883755", "bea705fe-06ac-4147-b8e0-6e8ac1208d8f"]
STEPS = ["", "privacy", "goal", "interest_path", "interests", "qualities", "development", "colleagues", "values",
         "job", "reflection", "summary", "role_models", "future", "route", "options", "stage", "steps", "plan",
         "barriers", "helper", "changes", "poster", "no_such_step"]  # fmt: skip

# text of every kind: right-to-left, emoji, control characters, lone surrogates, invisible marks
ODD = st.sampled_from(["", " ", "\u200f", "\u200b", "\x00", "\ud800", "\u202e", "😀", "مرحبا", "\n", "W" * 60])
TEXT = st.one_of(ODD, st.text(st.characters(exclude_categories=()), max_size=12))
ID = st.one_of(st.sampled_from(IDS + UUIDS + STEPS + ["S4.2", "T6.2", "isced-f:011"]), TEXT)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 100) | st.floats(allow_nan=True) | TEXT | ID,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.one_of(ID, TEXT), inner, max_size=4),
    max_leaves=12,
)


# the way in, and what the player does ---------------------------------------------------------
def token(fields: dict[str, Any]) -> str:
    """A share token as the wire format allows it (JSON escapes, so any character can be in it)."""
    payload = zlib.compress(json.dumps(fields, separators=(",", ":")).encode("ascii"), 9)
    body = bytes([SHARE_VERSION]) + binascii.crc32(payload).to_bytes(4, "big") + payload
    return base64.urlsafe_b64encode(body).rstrip(b"=").decode("ascii")


def wire_text(longest: int) -> st.SearchStrategy[str]:
    return st.one_of(ID, TEXT).map(lambda s: s[:longest])


def wire_item() -> st.SearchStrategy[str]:
    return st.one_of(ID, TEXT).map(lambda s: s[:ITEM]).filter(bool)


LINK_FIELDS = st.fixed_dictionaries(
    {},
    optional={
        **{k: st.lists(wire_item(), max_size=n) for k, n in LISTS.items()},
        **{k: wire_text(n) for k, n in TEXTS.items()},
        "s": st.lists(st.integers(0, 40), min_size=6, max_size=6),
    },
)
EVENT = st.one_of(
    st.sampled_from(
        [
            pygame.K_TAB,
            pygame.K_RETURN,
            pygame.K_SPACE,
            pygame.K_LEFT,
            pygame.K_RIGHT,
            pygame.K_UP,
            pygame.K_DOWN,
            pygame.K_PAGEDOWN,
            pygame.K_PAGEUP,
            pygame.K_ESCAPE,
            pygame.K_BACKSPACE,
            pygame.K_F1,
            pygame.K_F2,
        ]  # fmt: skip
    ),
    st.tuples(st.integers(0, 1279), st.integers(0, 719)),
    TEXT.filter(bool),
)
PLAY = st.lists(EVENT, min_size=1, max_size=25)


def play(app: App, events: list[Any]) -> None:
    """Real input through pygame's queue, a frame after each: keys, clicks, typed text."""
    for move in events:
        if isinstance(move, int):
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=move, mod=0, unicode="", scancode=0))
        elif isinstance(move, tuple):
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=move, touch=False))
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=move, touch=False))
        else:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=move))
        frames(app, 1)
        if app.stack.top is None or not app.running:
            return
    frames(app, 2)


def show_everything(app: App, profile: Profile) -> None:
    """The poster (with its share link) and the passport of `profile`, as the poster screen makes them."""
    app.session.profile = profile
    app.go_to_step("poster", save=False)
    frames(app, 2)
    assert top_name(app) == "poster" and app.stack.top.preview is not None  # drawn, with its share link
    json.dumps(to_passport(profile, CONTENT, app.session.occupation), ensure_ascii=False).encode("utf-8")


def open_link(app: App, text: str, events: list[Any]) -> None:
    try:
        fields = decode(text)
    except ShareError:
        return
    app.stack.reset(app.first_scene())
    app.stack.push(SharedPosterScene(app, fields))
    frames(app, 2)
    shared = app.stack.top
    assert isinstance(shared, SharedPosterScene) and shared.render().get_width() > 0
    json.dumps(to_passport(shared.shared_profile, CONTENT, app.session.occupation)).encode("utf-8")
    play(app, events)


def import_passport(app: App, folder: Path, doc: Any, events: list[Any]) -> None:
    path = folder / "passport.json"
    path.write_text(json.dumps(doc), encoding="utf-8")  # escaped: any character survives the file
    try:
        profile, notes = read_file(path, CONTENT)
    except PassportError as exc:
        event(f"refused: {exc.reason}")
        return
    event("imported, with parts left out" if notes else "imported whole")
    saves.save_profile(profile, force=True)
    loaded, _ = saves.load_profile(CONTENT)
    assert loaded is not None
    show_everything(app, loaded)
    play(app, events)


def open_save(app: App, folder: Path, data: Any, events: list[Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profile.json").write_text(json.dumps(data), encoding="utf-8")
    app.session.profile, notice = saves.load_profile(CONTENT)
    event(f"{'opened' if app.session.profile else 'set aside'}: {notice or 'as it was'}")
    app.session.save_changed = False
    app.stack.reset(app.first_scene())
    if app.session.profile is not None:
        app.resume()
        frames(app, 2)
        play(app, events)
        show_everything(app, app.session.profile)


def mutate(doc: Any, changes: list[tuple[list[Any], Any]]) -> Any:
    """`doc` with the value at each path (as far as the path goes) replaced."""
    for path, value in changes:
        node = doc
        for step in path[:-1]:
            if isinstance(node, dict) and node:
                node = node[sorted(node, key=str)[step % len(node)]]
            elif isinstance(node, list) and node:
                node = node[step % len(node)]
        if isinstance(node, dict) and node:
            node[sorted(node, key=str)[path[-1] % len(node)]] = value
        elif isinstance(node, list) and node:
            node[path[-1] % len(node)] = value
    return doc


CHANGES = st.lists(st.tuples(st.lists(st.integers(0, 40), min_size=1, max_size=3), JSON), min_size=1, max_size=4)
PROFILE = st.builds(
    Profile,
    step=st.sampled_from(STEPS),
    name=st.sampled_from(["", "Sam", "\u200f"]),
    goal=st.sampled_from([None, *[c.id for c in CONTENT.goals]]),
    interest_answers=st.dictionaries(st.sampled_from([i.id for i in CONTENT.interests]), st.integers(1, 5)),
    qualities=st.lists(st.sampled_from([c.id for c in CONTENT.qualities]), max_size=4),
    values=st.lists(st.sampled_from([c.id for c in CONTENT.values]), max_size=5),
    occupation=st.sampled_from([None, *UUIDS, *[o.id for o in CONTENT.occupations][:5]]),
    options=st.lists(st.sampled_from(UUIDS), max_size=2),
    learn_groups=st.lists(st.sampled_from(["S4.2", "T6.2"]), max_size=2),
    next_steps=st.lists(st.sampled_from([c.id for c in CONTENT.steps]), max_size=2),
)


@pytest.fixture
def app(data_dir, tmp_path, monkeypatch) -> App:
    monkeypatch.setenv("KOERS_SHARE_URL", "https://koers.example/speel/")
    monkeypatch.setattr(bridge, "default_export_dir", lambda: tmp_path / "export")  # the poster's "save"
    return make_app()


# the properties ---------------------------------------------------------------------------
@FUZZ
@given(fields=LINK_FIELDS, events=PLAY)
@example(fields={"dt": "morgen", "n": "Sam"}, events=[pygame.K_TAB])
@example(fields={"dt": "\u200f", "q": ["\u200b"]}, events=[pygame.K_RETURN])
@example(fields={"n": "\ud800", "g": "\x00", "dt": "2026-02-30"}, events=[pygame.K_F2])
def test_any_link_the_wire_allows_opens(app, fields, events):
    assert decode(token(fields)) == fields  # the decoder takes what the wire allows, as it is
    open_link(app, token(fields), events)


@FUZZ
@given(profile=PROFILE, changes=CHANGES, events=PLAY)
@example(profile=Profile(name="Sam"), changes=[([7], "strongly like")], events=[pygame.K_TAB])  # interests
@example(profile=Profile(), changes=[([7], 5)], events=[pygame.K_RETURN])
def test_any_passport_imports_or_says_why(app, tmp_path, profile, changes, events):
    doc = json.loads(json.dumps(to_passport(profile, CONTENT, app.session.occupation)))
    import_passport(app, tmp_path, mutate(doc, changes), events)


@FUZZ
@given(profile=PROFILE, changes=CHANGES, events=PLAY)
@example(profile=Profile(step="helper"), changes=[([10], "\u200f")], events=[pygame.K_TAB])  # helper
def test_any_save_opens(app, data_dir, profile, changes, events):
    open_save(app, data_dir, mutate(to_plain(profile), changes), events)


@FUZZ
@given(data=JSON)
def test_any_settings_open(data_dir, data):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps(data), encoding="utf-8")
    settings_, _ = storage.load_settings()
    assert settings_.lang in storage.LANGUAGES and settings_.text_scale in storage.TEXT_SCALES


def corpus() -> list[Path]:
    return sorted(CORPUS.glob("*.json"))


@pytest.mark.parametrize("case", corpus(), ids=lambda p: p.stem)
def test_the_cases_that_once_failed(app, tmp_path, data_dir, case):
    kept = json.loads(case.read_text(encoding="utf-8"))
    kind, data, events = kept["kind"], kept["data"], kept.get("events", [pygame.K_TAB, pygame.K_RETURN])
    if kind == "link":
        bridge.open_link(token(data) if isinstance(data, dict) else data)
        try:
            opened = make_app()  # the whole way in: the game opened with the link
            play(opened, events)
        finally:
            bridge.open_link("")
        open_link(app, token(data) if isinstance(data, dict) else data, events)
    elif kind == "passport":
        import_passport(app, tmp_path, data, events)
    else:
        open_save(app, data_dir, data, events)
