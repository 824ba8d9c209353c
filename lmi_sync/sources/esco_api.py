"""ESCO web-service client (https://ec.europa.eu/esco/api): paging search, occupation
resources, Dutch and English, with the ESCO version always pinned."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lmi_sync.sources.esco_bulk import EscoOccupation
from lmi_sync.sources.http import JsonClient

ESCO_API = "https://ec.europa.eu/esco/api/"


class EscoClient(JsonClient):
    def __init__(self, base_url: str = ESCO_API, version: str = "v1.1.1", **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self.version = version

    def _params(self, **params: Any) -> dict[str, Any]:
        return {**{k: v for k, v in params.items() if v is not None}, "selectedVersion": self.version}

    def search(
        self, text: str = "", kind: str = "occupation", language: str = "nl", limit: int = 100, offset: int = 0
    ) -> dict:
        return self.get("search", self._params(text=text, type=kind, language=language, limit=limit, offset=offset))

    def iter_search(
        self, text: str = "", kind: str = "occupation", language: str = "nl", page_size: int = 100
    ) -> Iterator[dict]:
        """Every result, page by page, until `total` is reached."""
        offset = 0
        while True:
            page = self.search(text, kind, language, page_size, offset)
            results = (page.get("_embedded") or {}).get("results") or []
            yield from results
            offset += len(results)
            if not results or offset >= int(page.get("total", 0)):
                return

    def occupation(self, uri: str, language: str = "nl") -> dict:
        return self.get("resource/occupation", self._params(uri=uri, language=language))


def occupation_record(doc: dict, languages: tuple[str, ...] = ("nl", "en")) -> EscoOccupation:
    """An ESCO API occupation resource as the bulk importer's record."""
    links = doc.get("_links") or {}
    isco = next((g.get("code", "") for g in links.get("broaderIscoGroup") or [] if g.get("code")), "")
    occ = EscoOccupation(doc["uri"], isco, doc.get("code", ""))
    for lang in languages:
        label = (doc.get("preferredLabel") or {}).get(lang)
        if label:
            occ.title[lang] = label
        occ.synonyms[lang] = [t["label"] for t in (doc.get("alternativeTerms") or {}).get(lang, []) if t.get("label")]
        occ.description[lang] = ((doc.get("description") or {}).get(lang) or {}).get("literal", "")
    return occ


def skills(doc: dict) -> list[tuple[str, str]]:
    """(relation, skill uri) for the essential and optional skills of an occupation resource."""
    links = doc.get("_links") or {}
    return [
        (kind, s["uri"])
        for key, kind in (("hasEssentialSkill", "essential"), ("hasOptionalSkill", "optional"))
        for s in links.get(key) or []
    ]
