"""Typo-tolerant search over occupation titles and synonyms (Dutch and English).

Standard library only and fast enough for 3,007 occupations in the browser: every word is
indexed once; a query word is matched exactly, as the start of a word, inside a word, or, with
a typo or two, by edit distance on trigram candidates ("heftruk" finds "heftruckchauffeur").

How results are ranked (pure and deterministic: the same query on the same index gives the same
list on any machine):

1. How well the words match: per query word, its best word in a title or synonym (exact 1,
   the start of a word 0.9, inside a word 0.75, one or two typos 0.6 or 0.5), times 1 for the
   title and 0.9 for a synonym; averaged over the query words.
2. Bonuses: +0.15 when the title starts with the query; +0.15 (times the word's match) when a
   one-word query is one of the occupation's whole names (its title or an ESCO synonym), or is
   that name with a typo or two: ESCO lists "schoonmaker" as a name of "schoonmaker gebouwen",
   not of "schoonmaker pretpark" (the start or a part of a longer name does not count:
   "monteur" in "telecommunicatiemonteur"); -0.02 for every space in the title (up to 5: short,
   general titles first); `boost` (the featured occupations, in Session).
3. Among equal scores (rounded to 3 decimals): the occupation more people do first, by
   `common`, the CBS count of employees in its occupation group (lmi.jsonl, CBS 85517NED):
   "magazijnmedewerker" (BRC 1221, 290,000) before "magazijnchef" (BRC 0532, 20,000). Such a count
   covers a whole group, so it only breaks ties and never outweighs a better match.
4. Then the occupation's index in the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator

MAX_CANDIDATES = 400
TITLE_STARTS = 0.15  # the title starts with the query
NAMED = 0.15  # a one-word query is one of the occupation's whole names (times how well it matched)
PER_SPACE = 0.02  # a longer, more specific title (up to five spaces)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def trigrams(word: str) -> set[str]:
    return {word[i : i + 3] for i in range(len(word) - 2)} if len(word) >= 3 else {word}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap counts once); stops early above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def allowed_typos(token: str) -> int:
    return 0 if len(token) < 4 else 1 if len(token) < 7 else 2


class OccupationIndex:
    """`entries`: (key, title, other labels) per occupation; the title weighs a little more.
    `boost`: added to a key's score; `common`: how many people do it (the tie-break, step 3 of
    the module's ranking).

    With `stepwise=True` nothing is indexed yet: run `steps` (a generator) to the end, a few
    steps a frame, so the browser never freezes while it is built."""

    def __init__(
        self,
        entries: Iterable[tuple[int, str, list[str]]],
        boost: dict[int, float] | None = None,
        stepwise: bool = False,
        common: dict[int, float] | None = None,
    ) -> None:
        self.boost = boost or {}  # e.g. featured occupations come first among equals
        self.common = common or {}
        self.named: dict[str, list[int]] = defaultdict(list)  # a one-word name: the keys it names
        self.titles: dict[int, str] = {}
        self.word_hits: dict[str, dict[int, float]] = defaultdict(dict)
        self.words: list[str] = []
        self.by_trigram: dict[str, list[str]] = defaultdict(list)
        self.steps = self._build(entries)
        if not stepwise:
            for _ in self.steps:
                pass

    def _build(self, entries: Iterable[tuple[int, str, list[str]]], chunk: int = 25) -> Iterator[None]:
        for n, (key, title, labels) in enumerate(entries, 1):
            self.titles[key] = normalise(title)
            for weight, label in [(1.0, title)] + [(0.9, x) for x in labels]:
                words = normalise(label).split()
                if len(words) == 1 and key not in self.named[words[0]]:
                    self.named[words[0]].append(key)
                for word in words:
                    if self.word_hits[word].get(key, 0) < weight:
                        self.word_hits[word][key] = weight
            if n % chunk == 0:
                yield
        words = sorted(self.word_hits)
        for n, word in enumerate(words, 1):
            for gram in trigrams(word):
                self.by_trigram[gram].append(word)
            if n % (chunk * 20) == 0:
                yield
        self.words = words

    def word_scores(self, token: str) -> dict[str, float]:
        """Words that match `token`, each with how well (1 exact ... 0.5 with typos)."""
        found: dict[str, float] = {}
        if token in self.word_hits:
            found[token] = 1.0
        counts: dict[str, int] = defaultdict(int)
        for gram in trigrams(token):
            for word in self.by_trigram.get(gram, ()):
                counts[word] += 1
        candidates = sorted(counts, key=lambda w: (-counts[w], w))[:MAX_CANDIDATES]
        typos = allowed_typos(token)
        for word in candidates:
            if word in found:
                continue
            if word.startswith(token):
                found[word] = 0.9
            elif len(token) >= 3 and token in word:
                found[word] = 0.75
            elif typos:
                n = len(token)
                d = min(edit_distance(token, word[: n + k], typos) for k in (-1, 0, 1) if n + k > 0)
                if d <= typos:
                    found[word] = 0.7 - 0.1 * d
        if len(token) < 3:  # one or two letters: words that start with them
            for word in self.words:
                if word.startswith(token) and word not in found:
                    found[word] = 0.8
        return found

    @staticmethod
    def spells(token: str, word: str, score: float) -> bool:
        """`token` is `word`, or `word` with a typo or two (not just its start or a part of it)."""
        if score >= 1.0:
            return True
        typos = allowed_typos(token)
        return score < 0.75 and typos > 0 and edit_distance(token, word, typos) <= typos

    def search(self, query: str, limit: int = 8) -> list[tuple[int, float]]:
        tokens = normalise(query).split()
        if not tokens:
            return []
        total: dict[int, float] | None = None
        named: dict[int, float] = {}  # a one-word query: keys it names (or nearly), and how well
        for token in tokens:
            best: dict[int, float] = {}
            for word, score in self.word_scores(token).items():
                if len(tokens) == 1 and word in self.named and self.spells(token, word, score):
                    for key in self.named[word]:
                        named[key] = max(named.get(key, 0.0), NAMED * score)
                for key, weight in self.word_hits[word].items():
                    s = score * weight
                    if s > best.get(key, 0):
                        best[key] = s
            total = best if total is None else {k: total[k] + v for k, v in best.items() if k in total}
        query_text = " ".join(tokens)

        def rank(key: int, value: float) -> float:
            title = self.titles.get(key, "")
            bonus = TITLE_STARTS if title.startswith(query_text) else 0.0
            bonus += named.get(key, 0.0)
            bonus -= PER_SPACE * min(5, title.count(" "))
            return round(value / len(tokens) + bonus + self.boost.get(key, 0.0), 3)

        scored = {k: rank(k, v) for k, v in (total or {}).items()}
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1], -self.common.get(kv[0], 0.0), kv[0]))
        return ranked[:limit]
