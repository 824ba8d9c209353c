"""ESCO and CBS clients against a local server with injected faults (never the internet)."""

from __future__ import annotations

import pytest

from lmi_sync.sources.cbs_odata import CbsClient
from lmi_sync.sources.esco_api import EscoClient, occupation_record, skills
from lmi_sync.sources.http import LiveSourceError, retry_after
from tests.fake_services import FakeService

OCCS = [f"http://data.europa.eu/esco/occupation/{i:04d}" for i in range(7)]


def search_answer(query):
    offset, limit = int(query["offset"][0]), int(query["limit"][0])
    items = [{"className": "Occupation", "uri": u, "title": f"beroep {i}"} for i, u in enumerate(OCCS)]
    return {
        "total": len(items),
        "language": query["language"][0],
        "type": ["occupation"],
        "_embedded": {"results": items[offset : offset + limit]},
    }


@pytest.fixture
def esco():
    with FakeService() as service:
        service.answers["/search"] = search_answer
        waits: list[float] = []
        client = EscoClient(service.url, version="v1.1.1", timeout=0.5, attempts=4, backoff=0.01, sleep=waits.append)
        yield service, client, waits


def test_esco_pages_through_everything_with_the_version_pinned(esco):
    service, client, _ = esco
    uris = [r["uri"] for r in client.iter_search(language="nl", page_size=3)]
    assert uris == OCCS
    assert len(service.requests) == 3
    assert all(q["selectedVersion"] == ["v1.1.1"] and q["language"] == ["nl"] for _, q in service.requests)


def test_esco_retries_500_then_succeeds(esco):
    service, client, waits = esco
    service.faults["/search"].extend([("status", 500), ("status", 503)])
    assert client.search(limit=2)["total"] == 7
    assert waits == [0.01, 0.02]  # exponential backoff


def test_esco_honours_retry_after_on_429(esco):
    service, client, waits = esco
    service.faults["/search"].append(("retry_after", 429, "3"))
    assert client.search(limit=2)["total"] == 7
    assert waits == [3.0]


def test_esco_retries_a_timeout(esco):
    service, client, waits = esco
    service.faults["/search"].append(("slow", 1.5, {"total": 0}))
    assert client.search(limit=2)["total"] == 7
    assert len(waits) == 1 and len(service.requests) == 2


def test_esco_retries_truncated_json(esco):
    service, client, waits = esco
    service.faults["/search"].append(("truncated", '{"total": 7, "_embedded": {"resu'))
    assert client.search(limit=2)["total"] == 7


def test_esco_gives_up_with_a_clear_message(esco):
    service, client, _ = esco
    service.faults["/search"].extend([("status", 500)] * 4)
    with pytest.raises(LiveSourceError, match=r"search: gave up after 4 attempts \(HTTP 500\)"):
        client.search()


def test_esco_bad_request_is_not_retried(esco):
    service, client, _ = esco
    service.faults["/search"].append(("status", 400))
    with pytest.raises(LiveSourceError, match="HTTP 400"):
        client.search()
    assert len(service.requests) == 1


def test_esco_occupation_resource_becomes_a_record(esco):
    service, client, _ = esco
    service.answers["/resource/occupation"] = {
        "className": "Occupation",
        "uri": OCCS[0],
        "code": "8344.1",
        "preferredLabel": {"nl": "heftruckchauffeur", "en": "forklift operator"},
        "alternativeTerms": {"nl": [{"roles": ["male"], "label": "heftruckbestuurder"}]},
        "description": {"nl": {"literal": "Bedient heftrucks.", "mimetype": "plain/text"}},
        "_links": {
            "broaderIscoGroup": [{"code": "8344", "uri": "http://data.europa.eu/esco/isco/C8344"}],
            "hasEssentialSkill": [{"uri": "s1", "title": "x"}],
            "hasOptionalSkill": [{"uri": "s2"}],
        },
    }
    doc = client.occupation(OCCS[0], "nl")
    occ = occupation_record(doc)
    assert (occ.isco, occ.title["nl"], occ.synonyms["nl"], occ.description["nl"]) == (
        "8344",
        "heftruckchauffeur",
        ["heftruckbestuurder"],
        "Bedient heftrucks.",
    )
    assert skills(doc) == [("essential", "s1"), ("optional", "s2")]
    assert service.requests[-1][1]["uri"] == [OCCS[0]]


def test_cbs_table_follows_next_links_and_maps_brc_codes():
    with FakeService() as service:
        base = service.url
        service.answers["/85517NED/Beroep"] = {
            "value": [
                {"Key": "A000275", "Title": "1215 Laders, lossers en vakkenvullers"},
                {"Key": "T001175", "Title": "Totaal"},
            ]
        }
        service.answers["/85517NED/TypedDataSet"] = lambda q: (
            {
                "value": [
                    {
                        "ID": 1,
                        "Beroep": "T001175",
                        "Perioden": "2022JJ00",
                        "Werknemer_1": 8009,
                        "k_25ePercentiel_2": 16.2,
                        "k_50ePercentielMediaan_3": 22.2,
                        "k_75ePercentiel_4": 30.0,
                    }
                ]
            }
            if "$skiptoken" in q
            else {
                "value": [
                    {
                        "ID": 0,
                        "Beroep": "A000275",
                        "Perioden": "2022JJ00",
                        "Werknemer_1": 53,
                        "k_25ePercentiel_2": 16.0,
                        "k_50ePercentielMediaan_3": 19.4,
                        "k_75ePercentiel_4": None,
                    }
                ],
                "odata.nextLink": base + "85517NED/TypedDataSet?$format=json&$skiptoken=1",
            }
        )
        service.faults["/85517NED/TypedDataSet"].append(("status", 502))
        client = CbsClient(base, attempts=3, backoff=0.0, sleep=lambda s: None)
        rows = client.wage_rows()
    assert rows["1215"].p50 == 19.4 and rows["1215"].p75 is None and rows["1215"].title.startswith("Laders")
    assert rows["Totaal"].employees_thousands == 8009
    filters = [q.get("$filter") for p, q in service.requests if p.endswith("TypedDataSet")]
    assert ["Perioden eq '2022JJ00'"] in filters


def test_retry_after_as_http_date():
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after("soon") is None and retry_after("") is None
