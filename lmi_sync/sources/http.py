"""One careful way to ask a web service for JSON: timeouts, retries with backoff on 429 and
5xx (honouring Retry-After), and truncated or broken JSON treated as a failed attempt."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable
from typing import Any

import requests

RETRY_STATUS = {429, 500, 502, 503, 504}


class LiveSourceError(Exception):
    """A web source could not be read; the message says which URL and why."""


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class JsonClient:
    def __init__(
        self,
        base_url: str,
        session: requests.Session | None = None,
        timeout: float = 15.0,
        attempts: int = 5,
        backoff: float = 1.0,
        max_wait: float = 120.0,
        sleep: Callable[[float], None] = time.sleep,
        user_agent: str = "koers-lmi-sync/1.0",
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", user_agent)
        self.session.headers.setdefault("Accept", "application/json")
        self.timeout, self.attempts, self.backoff, self.max_wait = timeout, attempts, backoff, max_wait
        self.sleep = sleep

    def get(self, path_or_url: str, params: dict[str, Any] | None = None) -> Any:
        url = path_or_url if path_or_url.startswith(("http://", "https://")) else self.base_url + path_or_url
        problem = ""
        for attempt in range(1, self.attempts + 1):
            wait = self.backoff * 2 ** (attempt - 1)
            try:
                response = self.session.get(url, params=params, timeout=self.timeout)
            except (requests.Timeout, requests.ConnectionError) as exc:
                problem = f"{type(exc).__name__}"
            else:
                if response.status_code in RETRY_STATUS:
                    problem = f"HTTP {response.status_code}"
                    told = retry_after(response.headers.get("Retry-After"))
                    if told is not None:
                        wait = told
                elif response.status_code >= 400:
                    raise LiveSourceError(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
                else:
                    try:
                        return response.json()
                    except (json.JSONDecodeError, ValueError):
                        problem = "broken or truncated JSON"
            if attempt < self.attempts:
                self.sleep(min(wait, self.max_wait))
        raise LiveSourceError(f"{url}: gave up after {self.attempts} attempts ({problem})")
