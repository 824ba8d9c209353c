"""CBS StatLine OData (v3) client: a table by id, its dimensions, and its TypedDataSet
followed page by page through odata.nextLink. 85517NED first: wages per BRC occupation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lmi_sync.sources.http import JsonClient
from lmi_sync.sources.readers import BrcRow

CBS_ODATA = "https://opendata.cbs.nl/ODataApi/odata/"
WAGE_TABLE = "85517NED"
# Measure keys of 85517NED as the OData service names them.
MEASURES = {
    "employees_thousands": "Werknemer_1",
    "p25": "k_25ePercentiel_2",
    "p50": "k_50ePercentielMediaan_3",
    "p75": "k_75ePercentiel_4",
}


class CbsClient(JsonClient):
    def __init__(self, base_url: str = CBS_ODATA, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)

    def rows(self, table: str, entity: str, params: dict[str, Any] | None = None) -> Iterator[dict]:
        page = self.get(f"{table}/{entity}", {"$format": "json", **(params or {})})
        while True:
            yield from page.get("value", [])
            link = page.get("odata.nextLink")
            if not link:
                return
            page = self.get(link)

    def dimension(self, table: str, name: str) -> dict[str, str]:
        """Key -> Title of a dimension, e.g. Beroep."""
        return {r["Key"].strip(): r["Title"].strip() for r in self.rows(table, name)}

    def wage_rows(self, period: str = "2022JJ00", table: str = WAGE_TABLE) -> dict[str, BrcRow]:
        """BRC code -> wage quartiles and employees, as the bulk CSV reader gives them."""
        titles = self.dimension(table, "Beroep")
        out: dict[str, BrcRow] = {}
        for r in self.rows(table, "TypedDataSet", {"$filter": f"Perioden eq '{period}'"}):
            title = titles.get(str(r.get("Beroep", "")).strip(), "")
            code = title.split(" ", 1)[0] if title else ""
            if not code:
                continue
            label = title[len(code) :].strip() or code

            def number(key: str) -> float | None:
                value = r.get(MEASURES[key])
                return float(value) if value is not None else None

            out[code] = BrcRow(code, label, number("employees_thousands"), number("p25"), number("p50"), number("p75"))
        return out
