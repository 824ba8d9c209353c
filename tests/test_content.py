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
    assert "'astronaut' is not an ESCO occupation in lmi.json" in message
    assert "pictogram 'no_such_picto'" in message
    assert "skill group 'S9.9' does not exist" in message
    assert "skill group 'S8.2' is not shared by both occupations" in message


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


def test_every_story_and_figure_reference_exists():
    """At least 8 composite stories; every occupation and skill group they name exists in the content."""
    from game.career.lmi import load_lmi

    content = load_content()
    lmi = load_lmi()
    group_ids = {g.id for g in lmi.groups}
    assert len(content.stories) >= 8
    for story in content.stories:
        assert story.composite
        from_occ, to_occ = lmi.occupation(story.from_occupation), lmi.occupation(story.to_occupation)
        assert from_occ is not None and to_occ is not None, story.id
        assert story.skill_groups and set(story.skill_groups) <= group_ids
        shared = {lmi.groups[g.group].id for g in from_occ.groups} & {lmi.groups[g.group].id for g in to_occ.groups}
        assert set(story.skill_groups) <= shared, story.id
        assert {"barrier", "support", "question"} <= story.tags(), story.id
    sources = {s.id for s in content.sources}
    assert all(f.source in sources for o in content.occupations for f in o.figures)


@pytest.mark.parametrize(
    "text,message",
    [
        ('{"format": "koers-lmi", "occupations": [{"id": "a"}, ', "cannot be read"),  # cut off mid-list
        ('{"format": "koers-lmi", "occupations": []} trailing', "cannot be read"),
        ("[1, 2]", "not a Koers labour-market file"),
        ('{"format": "something-else", "occupations": []}', "not a Koers labour-market file"),
        ('{"format": "koers-lmi", "occupations": []}', "missing part"),
    ],
)
def test_a_broken_lmi_file_gets_a_message_that_names_it(tmp_path, text, message):
    from game.career.lmi import load_lmi

    path = tmp_path / "lmi.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_lmi(path)
    assert "lmi.json" in str(err.value) and message in str(err.value)


def test_the_lmi_file_loads_in_steps_to_what_json_reads():
    from game.career.lmi import LMI_JSON, loading_lmi

    steps = loading_lmi(chunk=100)
    count = 0
    while True:
        try:
            next(steps)
            count += 1
        except StopIteration as done:
            lmi = done.value
            break
    whole = json.loads(LMI_JSON.read_text(encoding="utf-8"))
    assert count >= len(whole["occupations"]) // 100  # a pause after every hundred occupations, at least
    assert [lmi.raw(i) for i in range(len(lmi))] == whole["occupations"]
    assert lmi.version == whole["content_version"]
