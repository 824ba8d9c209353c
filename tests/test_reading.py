"""The reading-time estimate (benchmarks/reading.py): counting on a made-up list of screens, and
the quick check within its budget when the bot plays it through the real input path."""

from __future__ import annotations

from benchmarks.reading import distinct_screens, reading_minutes, reading_run, screen_words, words


def test_words_count_what_a_reader_reads():
    assert words("Kies je top drie. Kies het belangrijkste eerst.") == 8
    assert words("Bruto uurloon: € 16,00 - € 24,20.") == 4  # a lone sign or dash is no word
    assert words("") == 0


def test_each_screen_counts_once_as_its_fullest_version():
    seen = [
        (("title", 0), ["Koers", "Begin"]),
        (("values", 0), ["Wat vind je belangrijk?", "Goed loon", "Verder"]),
        (("values", 0), ["Wat vind je belangrijk?", "Goed loon", "Verder"]),  # seen again: once
        (("job", "search"), ["Zoek", "Kok"]),
        (("job", "search"), ["Zoek", "Kok", "Pizzakok", "Keukenchef"]),  # typed on: the longest list
        (("job", "search"), ["Zoek", "Pizzakok"]),
        (("future", 1), ["Werk en loon", "Bron: CBS, 2022."]),  # another page: a screen of its own
        (("future", 0), ["Over jouw werk"]),
    ]
    keys = [("title", 0), ("values", 0), ("job", "search"), ("future", 1), ("future", 0)]
    assert list(distinct_screens(seen)) == keys
    counts = screen_words(seen)
    assert counts == {("title", 0): 2, ("values", 0): 7, ("job", "search"): 4, ("future", 1): 6, ("future", 0): 3}
    # 22 words at 100 a minute, and 10 choices of 3 seconds
    assert reading_minutes(sum(counts.values()), 10) == round(22 / 100 + 30 / 60, 1)
    assert reading_minutes(1000, 0) == 10.0 and reading_minutes(0, 20) == 1.0


def test_the_quick_check_fits_ten_minutes_for_a_slow_reader():
    per_screen, choices = reading_run("coach", seed=3)
    names = {key[1] for key in per_screen}
    assert {"interests", "values", "job", "future", "stage", "steps", "share", "sheet"} <= names
    assert "course" not in names and "goal" not in names  # the quick check needs no map and no goal
    assert choices >= 30 + 3 + 1  # the 30 activities, a top three, one step (at least)
    assert reading_minutes(sum(per_screen.values()), choices) <= 10


def test_between_two_parts_the_map_says_only_what_the_last_part_found(data_dir):
    """Said once (issue 18's trimming): coming back, the map shows all that was found; between
    two parts, only what the part just done added."""
    import pygame

    from game.career import saves
    from game.career.profile import Profile
    from tests.helpers import key, make_app, top_name

    saves.save_profile(
        Profile(step="options", goal="values", values=["good_pay"], qualities=["precise"], route="move", stage=None)
    )
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # continue: a returning player sees the map with everything
    assert top_name(app) == "course" and "Goed loon" in app.stack.top.speech()
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "options"
    key(app, pygame.K_PAGEDOWN)  # on to part 4: the map between the parts
    scene = app.stack.top
    assert top_name(app) == "course" and scene.here == 4
    said = scene.speech()
    assert "Naar werk dat erop lijkt" in said and "Goed loon" not in said and "Precies" not in said


def test_turning_a_page_to_reach_a_card_is_not_a_choice():
    """The bot turns the page when the card it wants is on the next one: that is navigation,
    like the footer's next and back; only the card itself is a choice."""
    import collections
    import os
    import tempfile
    from pathlib import Path

    from benchmarks.reading import ReadingBot
    from game.app import App

    per_step: collections.Counter[str] = collections.Counter()

    class Counting(ReadingBot):
        def before_update(self, app: App) -> None:
            before, name = self.choices, getattr(app.stack.top, "name", "")
            super().before_update(app)
            per_step[name] += self.choices - before

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KOERS_DATA_DIR"] = str(Path(tmp) / "data")
        bot = Counting(3, Path(tmp) / "out", "play")
        app = App(size=(1280, 720), autoplay=bot)
        app.start()
        while app.running:
            app.step(0.0)
        profile = app.session.profile
    assert bot.finished and profile is not None
    # the twenty quality cards are on two pages; the bot only picks, never takes a card back
    assert per_step["qualities"] == len(profile.qualities)
    assert per_step["colleagues"] == len(profile.colleague_qualities)
