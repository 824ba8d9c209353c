"""Pure functions: layout, sizes, scoring, the poster's chart. No window needed."""

from __future__ import annotations

import pygame

from game.career.profile import Profile, interest_code
from game.engine import layout
from game.engine.form import nearest
from game.engine.intents import Act
from game.engine.ui import Metrics
from game.scenes.poster_art import hexagon_points


def test_metrics_scale_with_window_and_text_size():
    assert Metrics(1280, 720, 1.0).px() == 24
    assert Metrics(1280, 720, 1.5).px() == 36
    assert Metrics(3840, 2160, 1.0).px() == 72
    assert Metrics(1024, 576, 1.0).target >= 44  # a target a finger can hit, even small


def test_grid_fills_width_in_rows():
    rects = layout.grid(pygame.Rect(0, 0, 1000, 600), 5, 2, 100, 20)
    assert [r.topleft for r in rects] == [(0, 0), (510, 0), (0, 120), (510, 120), (0, 240)]
    assert all(r.width == 490 for r in rects)


def test_rows_columns_and_pages():
    assert layout.rows_that_fit(340, 100, 20) == 3
    assert layout.rows_that_fit(50, 100, 20) == 1


def test_a_tighter_gap_is_used_only_when_it_fits_another_row():
    assert layout.rows_and_gap(279, 126, 32, 16) == (2, 16)  # the job screen at 150 %: 2 rows, not 1
    assert layout.rows_and_gap(400, 126, 32, 16) == (2, 32)  # a third row would not fit anyway
    assert layout.rows_and_gap(100, 126, 32, 16) == (1, 32)
    assert layout.columns_for(1000, 300, 8) == 3
    assert layout.columns_for(1000, 300, 2) == 2
    assert layout.pages(17, 6) == 3 and layout.pages(0, 6) == 1


def test_frame_keeps_body_between_header_and_footer():
    header, body, footer = layout.frame(Metrics(1024, 576, 1.5))
    assert header.bottom < body.top and body.bottom < footer.top and footer.bottom == 576


def test_spatial_navigation_picks_the_neighbour():
    cells = layout.grid(pygame.Rect(0, 0, 900, 400), 6, 3, 100, 20)
    assert nearest(cells[0], cells, Act.RIGHT) == 1
    assert nearest(cells[0], cells, Act.DOWN) == 3
    assert nearest(cells[4], cells, Act.UP) == 1
    assert nearest(cells[0], cells, Act.LEFT) is None


def test_interest_scores_sum_per_letter_like_onet():
    letters = {"r1": "R", "r2": "R", "i1": "I", "s1": "S", "c1": "C"}
    profile = Profile(interest_answers={"r1": 5, "r2": 4, "i1": 2, "s1": 5, "c1": 1})
    scores = profile.interest_scores(letters)
    # O*NET: strongly like 4 ... strongly dislike 0, summed per letter
    assert scores == {"R": 7, "I": 1, "A": 0, "S": 4, "E": 0, "C": 0}
    assert interest_code(scores) == "RSI"


def test_interest_code_ties_keep_riasec_order_and_skip_zero():
    assert interest_code({"R": 3, "I": 3, "A": 0, "S": 3, "E": 0, "C": 0}) == "RIS"
    assert interest_code({"R": 0, "I": 0, "A": 0, "S": 0, "E": 2, "C": 0}) == "E"
    assert interest_code({}) == ""


def test_hexagon_points_start_at_the_top_and_scale():
    pts = hexagon_points((100, 100), 50, [1, 1, 1, 1, 1, 0.5])
    assert pts[0] == (100, 50)
    assert round(abs(pts[5][0] - 100) + abs(pts[5][1] - 100), 3) < 50


def test_figures_in_plain_words():
    from game.career.figures import count, describe, money
    from game.career.schema import Figure

    def t(key, **kw):
        return key + ":" + ",".join(f"{k}={v}" for k, v in sorted(kw.items()))

    figs = {
        "wage_p25": Figure("wage_p25", "cbs", 2022, 16.0),
        "wage_p50": Figure("wage_p50", "cbs", 2022, 19.4),
        "wage_p75": Figure("wage_p75", "cbs", 2022, 24.2),
        "employees": Figure("employees", "cbs", 2022, 53.0),
        "trend_us": Figure("trend_us", "bls", 2024, -6.7),
        "automation_risk": Figure("automation_risk", "nesta", 2020, None, missing="nesta_not_covered"),
    }
    assert describe("wage", figs, t, "nl") == "fig.wage:high=€\u00a024,20,low=€\u00a016,00,mid=€\u00a019,40"
    assert describe("employees", figs, t, "nl") == "fig.employees:n=53.000"
    assert describe("trend_us", figs, t, "nl") == "lmiw.trend_us_down:change=6,7%"
    assert describe("automation_risk", figs, t, "nl") is None  # missing: the scene shows the reason
    assert money(1234.5, "en") == "€\u00a01,234.50" and count(0.5, "nl") == "500"
