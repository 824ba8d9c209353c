"""The content path: YAML -> pydantic validation on the game's own dataclasses -> JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from game.career.content import CONTENT_JSON, ContentError, load_content
from game.career.schema import Content
from game.engine.plain import SchemaError, from_plain, to_plain
from tests.helpers import make_app, top_name
from tools.content_build import CONTENT_DIR, ContentBuildError, compile_content, main


@pytest.fixture
def content_copy(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def test_committed_json_is_up_to_date():
    assert CONTENT_JSON.read_text(encoding="utf-8") == compile_content(), "run: python -m tools.content_build"


def test_compile_is_deterministic():
    assert compile_content() == compile_content()


def test_round_trip_through_the_one_schema():
    content = load_content()
    assert from_plain(Content, to_plain(content)) == content
    assert content.occupation("heftruckchauffeur").title.nl == "heftruckchauffeur"


def test_broken_field_names_file_item_and_field(content_copy):
    text = (content_copy / "cards.yaml").read_text(encoding="utf-8")
    text = text.replace("text: {nl: Zien hoe ik kan groeien, en: See how I can grow}", "text: {en: See how I grow}")
    (content_copy / "cards.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentBuildError) as err:
        compile_content(content_copy)
    message = str(err.value)
    assert "content/cards.yaml" in message and "goals[2] (id 'develop')" in message and "text.nl" in message


def test_unknown_pictogram_and_occupation_are_named(content_copy):
    stories = (content_copy / "stories.yaml").read_text(encoding="utf-8")
    stories = stories.replace("to_occupation: 2f5de1ab-eddf-4715-8193-e994912c22ea", "to_occupation: astronaut")
    stories = stories.replace("portrait: bus", "portrait: no_such_picto")
    stories = stories.replace("skill_groups: [S1.2]", "skill_groups: [S9.9, S8.2]")
    (content_copy / "stories.yaml").write_text(stories, encoding="utf-8")
    with pytest.raises(ContentBuildError) as err:
        compile_content(content_copy)
    message = str(err.value)
    assert "'astronaut' is not an ESCO occupation in lmi.jsonl" in message
    assert "pictogram 'no_such_picto'" in message
    assert "skill group 'S9.9' does not exist" in message
    assert "skill group 'S8.2' is not shared by both occupations" in message


def test_a_figure_without_value_or_reason_is_named(content_copy):
    text = (content_copy / "occupations.yaml").read_text(encoding="utf-8")
    text = text.replace("  picto: package\n", "  picto: package\n  figures:\n  - {kind: employees, source: esco}\n", 1)
    (content_copy / "occupations.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentBuildError) as err:
        compile_content(content_copy)
    assert "(id 'magazijnmedewerker'): figure 'employees' has no value, no label and no reason" in str(err.value)


def test_invalid_yaml_names_the_file(content_copy):
    (content_copy / "sources.yaml").write_text("sources: [unclosed", encoding="utf-8")
    with pytest.raises(ContentBuildError, match="content/sources.yaml: not valid YAML"):
        compile_content(content_copy)


def test_command_fails_clearly_and_leaves_the_old_output(content_copy, tmp_path, capsys):
    out = tmp_path / "content.json"
    out.write_text("previous", encoding="utf-8")
    (content_copy / "cards.yaml").write_text("goals: 3\n", encoding="utf-8")
    assert main(["--content", str(content_copy), "--out", str(out)]) == 1
    assert "Content is not valid" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "previous"


def test_game_runtime_rejects_wrong_types_with_a_path():
    data = json.loads(CONTENT_JSON.read_text(encoding="utf-8"))
    data["goals"][0]["picto"] = 7
    with pytest.raises(SchemaError, match=r"content.goals\[0\].picto"):
        from_plain(Content, data)


def test_broken_content_file_shows_a_clear_screen(tmp_path, monkeypatch):
    broken = tmp_path / "content.json"
    broken.write_text('{"version": "1", "goals": [', encoding="utf-8")
    monkeypatch.setenv("KOERS_CONTENT", str(broken))
    with pytest.raises(ContentError, match="content.json: cannot be read"):
        load_content()
    app = make_app()
    assert top_name(app) == "error"
    assert "kapot" in app.stack.top.speech() and "content.json" in app.stack.top.speech()


def test_a_story_with_a_wrong_goto_condition_or_plan_card_is_refused(content_copy):
    stories = (content_copy / "stories.yaml").read_text(encoding="utf-8")
    stories = stories.replace("      goto: asks_time\n", "      goto: asks_tme\n", 1)
    stories = stories.replace("    when: looked\n", "    when: lookd\n", 1)
    stories = stories.replace("      step: find_course\n", "      step: find_a_course\n", 1)
    stories = stories.replace("  situation: no_job\n", "", 1)  # one story fewer for "no job right now"
    (content_copy / "stories.yaml").write_text(stories, encoding="utf-8")
    with pytest.raises(ContentBuildError) as err:
        compile_content(content_copy)
    message = str(err.value)
    assert "stories (id 'bus_driver_stays'): choice 'ask_time' goes to unknown passage 'asks_tme'" in message
    assert "passage 'looked_back': condition 'lookd' uses 'lookd', which no choice sets" in message
    assert "choice 'learn_work': step 'find_a_course' is not a steps card" in message
    assert "only 1 stories for no job right now (at least 2)" in message


def test_every_story_and_figure_reference_exists():
    """At least 16 composite stories, two for each major group 4-9 and for no job, on real ESCO moves;
    every occupation and skill group they name exists in the labour-market content."""
    from game.career.lmi import load_lmi

    content = load_content()
    lmi = load_lmi()
    group_ids = {g.id for g in lmi.groups}
    assert len(content.stories) >= 16

    def isco_of(uuid: str) -> str:
        return lmi.occupation(uuid).isco

    kinds = [s.situation if s.situation == "no_job" else isco_of(s.from_occupation)[0] for s in content.stories]
    assert all(kinds.count(kind) >= 2 for kind in ("4", "5", "6", "7", "8", "9", "no_job")), kinds
    nearest = 0
    for story in content.stories:
        assert story.composite
        from_occ, to_occ = lmi.occupation(story.from_occupation), lmi.occupation(story.to_occupation)
        assert from_occ is not None and to_occ is not None, story.id
        assert story.skill_groups and set(story.skill_groups) <= group_ids
        shared = {lmi.groups[g.group].id for g in from_occ.groups} & {lmi.groups[g.group].id for g in to_occ.groups}
        assert set(story.skill_groups) <= shared, story.id
        assert {"barrier", "support", "question", "outcome"} <= story.tags(), story.id
        nearest += to_occ.id in {lmi.occupation(n.occ).id for n in from_occ.nearest}
        assert story.helped.nl and story.helped.en
    assert nearest >= len(content.stories) // 2  # most stories move to one of the nearest occupations
    sources = {s.id for s in content.sources}
    assert all(f.source in sources for o in content.occupations for f in o.figures)


def _cut_mid_line(index: bytes, details: bytes) -> tuple[bytes, bytes]:
    return index[: len(index) // 2], details


def _drop_lines(index: bytes, details: bytes) -> tuple[bytes, bytes]:
    return b"".join(index.splitlines(keepends=True)[:-3]), details


def _second_line(text: bytes):
    def mutate(index: bytes, details: bytes) -> tuple[bytes, bytes]:
        lines = index.split(b"\n")
        return b"\n".join([lines[0], text, *lines[2:]]), details

    return mutate


def _head(change):
    def mutate(index: bytes, details: bytes) -> tuple[bytes, bytes]:
        first, rest = index.split(b"\n", 1)
        return change(json.loads(first)) + b"\n" + rest, details

    return mutate


def _without(key: str):
    return _head(lambda head: json.dumps({k: v for k, v in head.items() if k != key}).encode())


@pytest.mark.parametrize(
    "mutate,name,message",
    [
        (_cut_mid_line, "lmi.jsonl", "cannot be read (line"),
        (_drop_lines, "lmi.jsonl", "cannot be read (cut off: 3004 of 3007 occupations)"),
        (lambda i, d: (b"\xff\xfe" + i, d), "lmi.jsonl", "cannot be read (line 1"),
        (_second_line(b'["a", "b", "c", "d", "e", "f"]'), "lmi.jsonl", "cannot be read (line 2: not the 6 texts"),
        (_second_line(b'["a", "b", [], []]'), "lmi.jsonl", "cannot be read (line 2: not the 6 texts"),
        (_head(lambda head: b"[1, 2]"), "lmi.jsonl", "not a Koers labour-market file"),
        (_head(lambda head: json.dumps({**head, "format": "other"}).encode()), "lmi.jsonl", "not a Koers"),
        (_head(lambda head: json.dumps({**head, "format_version": 1}).encode()), "lmi.jsonl", "another version"),
        (_without("sources"), "lmi.jsonl", "missing part 'sources'"),
        (_without("index"), "lmi.jsonl", "missing part 'index'"),
        (lambda i, d: (i, d[:-10]), "lmi-details.jsonl", "cannot be read"),
        (lambda i, d: (i, None), "lmi-details.jsonl", "file not found"),
        (lambda i, d: (None, d), "lmi.jsonl", "file not found"),
    ],
)
def test_a_broken_lmi_file_gets_a_message_that_names_it(tmp_path, mutate, name, message):
    from game.career.lmi import LMI_FILE, load_lmi

    index, details = mutate(LMI_FILE.read_bytes(), LMI_FILE.with_name("lmi-details.jsonl").read_bytes())
    for file_name, data in (("lmi.jsonl", index), ("lmi-details.jsonl", details)):
        if data is not None:
            (tmp_path / file_name).write_bytes(data)
    with pytest.raises(ContentError) as err:
        load_lmi(tmp_path / "lmi.jsonl")
    assert str(err.value).startswith(f"{name}: ") and message in str(err.value), str(err.value)


def test_a_broken_details_line_names_the_file_when_it_is_used(tmp_path):
    from game.career.lmi import LMI_FILE, load_lmi

    details = LMI_FILE.with_name("lmi-details.jsonl").read_bytes()
    shutil.copy(LMI_FILE, tmp_path / "lmi.jsonl")
    (tmp_path / "lmi-details.jsonl").write_bytes(b"x" + details[1:])  # same size, first line broken
    lmi = load_lmi(tmp_path / "lmi.jsonl")
    assert lmi.occupation(1) is not None
    with pytest.raises(ContentError, match=r"^lmi-details.jsonl: cannot be read \(occupation 0"):
        lmi.occupation(0)


def test_the_lmi_files_load_in_steps_to_what_lmi_sync_wrote():
    from game.career.lmi import LMI_FILE, loading_lmi
    from game.career.schema import LmiOccupation
    from lmi_sync import lmi_files

    steps = loading_lmi(chunk=100)
    count = 0
    while True:
        try:
            next(steps)
            count += 1
        except StopIteration as done:
            lmi = done.value
            break
    whole = lmi_files.read(LMI_FILE)
    assert count >= len(whole["occupations"]) // 100  # a pause after every hundred occupations, at least
    assert len(lmi) == len(whole["occupations"]) == 3007
    for i, plain in enumerate(whole["occupations"]):
        assert lmi.occupation(i) == from_plain(LmiOccupation, plain, f"occupations[{i}]")
        entry = lmi.entry(i)
        assert (entry.id, entry.isco, entry.featured, entry.title_nl) == (
            plain["id"],
            plain["isco"],
            plain["featured"],
            plain["title"]["nl"],
        )
    assert lmi.featured() == [i for i, o in enumerate(whole["occupations"]) if o["featured"]]
    assert lmi.version == whole["content_version"]
    assert [f.kind for f in lmi.figures(lmi.occupation(0))][-2:] == sorted(whole["unavailable"])


def test_the_editors_json_schemas_are_those_of_the_one_schema():
    """content/schema/*.json are written by `python -m lmi_sync schema`; a change to the
    dataclasses without a new export leaves editors checking against an old shape."""
    from lmi_sync.schema_export import SCHEMA_DIR, schema_texts

    stale = [name for name, text in schema_texts().items() if (SCHEMA_DIR / name).read_text(encoding="utf-8") != text]
    assert stale == [], f"run `python -m lmi_sync schema`: {stale}"
