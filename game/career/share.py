"""Share link: the poster's fields (and only those) in the URL fragment, `#p=...`.

Format: base64url( version byte | CRC-32 of the rest (4 bytes, big-endian) | zlib(JSON) ).
Nothing is sent anywhere: the fragment never leaves the browser. Decoding never crashes: any
malformed input raises ShareError with one plain sentence. What the fields mean (a card, a date,
an occupation) is checked where the profile is made from them (`profile_from_fields`), by the
meanings declared on Profile: a field that makes no sense is left off the poster.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from typing import TYPE_CHECKING, Any

from game.career.profile import Profile
from game.engine.plain import read

if TYPE_CHECKING:
    from game.career.schema import Content

SHARE_VERSION = 1
MAX_TOKEN = 4000
MAX_JSON = 8000
LISTS = {"q": 5, "d": 2, "v": 5, "op": 3, "lg": 3, "ns": 3}  # field -> most items
TEXTS = {"n": 40, "g": 40, "c": 3, "o": 60, "st": 40, "dt": 10}  # field -> longest text
ITEM = 60
# field -> the Profile field it carries ("c", the code, and "s", the scores, are worked out from
# the answers; "dt" carries the date of `updated`)
CARRIES = {
    "n": "name",
    "g": "goal",
    "q": "qualities",
    "d": "development_areas",
    "v": "values",
    "o": "occupation",
    "op": "options",
    "lg": "learn_groups",
    "st": "stage",
    "ns": "next_steps",
}


class ShareError(ValueError):
    """A share link that cannot be read; the message is one plain sentence (a key for the UI)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key


def encode(fields: dict[str, Any]) -> str:
    check(fields)
    payload = zlib.compress(json.dumps(fields, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode(), 9)
    body = bytes([SHARE_VERSION]) + binascii.crc32(payload).to_bytes(4, "big") + payload
    return base64.urlsafe_b64encode(body).rstrip(b"=").decode("ascii")


def link(base_url: str, fields: dict[str, Any]) -> str:
    return f"{base_url.split('#', 1)[0]}#p={encode(fields)}"


def token_of(text: str) -> str:
    """The token from a whole link, a fragment, or the token itself."""
    text = text.strip()
    if "#" in text:
        text = text.split("#", 1)[1]
    text = text[2:] if text.startswith("p=") else text
    return text.rstrip("=")  # padding is not needed, but allowed


def decode(text: str) -> dict[str, Any]:
    token = token_of(text)
    if not token or len(token) > MAX_TOKEN or not re.fullmatch(r"[A-Za-z0-9_-]+", token):
        raise ShareError("share.not_a_link")
    try:
        body = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ShareError("share.not_a_link", str(exc)) from exc
    if len(body) < 6:
        raise ShareError("share.damaged", "too short")
    if body[0] != SHARE_VERSION:
        raise ShareError("share.newer" if body[0] > SHARE_VERSION else "share.damaged", f"version {body[0]}")
    payload = body[5:]
    if binascii.crc32(payload).to_bytes(4, "big") != body[1:5]:
        raise ShareError("share.damaged", "checksum")
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(payload, MAX_JSON)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ShareError("share.damaged", "too long or cut off")
        fields: dict[str, Any] = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:  # too deep: damaged
        raise ShareError("share.damaged", str(exc)[:80]) from exc
    check(fields)
    return fields


def check(fields: object) -> None:
    """Only known fields, of the right kind and size."""
    if not isinstance(fields, dict):
        raise ShareError("share.damaged", "not a mapping")
    for key, value in fields.items():
        if key in LISTS:
            if not isinstance(value, list) or len(value) > LISTS[key]:
                raise ShareError("share.damaged", f"field {key}")
            if not all(isinstance(x, str) and 0 < len(x) <= ITEM for x in value):
                raise ShareError("share.damaged", f"field {key}")
        elif key in TEXTS:
            if not isinstance(value, str) or len(value) > TEXTS[key]:
                raise ShareError("share.damaged", f"field {key}")
        elif key == "s":
            if not isinstance(value, list) or len(value) != 6:
                raise ShareError("share.damaged", "field s")
            if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= 40 for x in value):
                raise ShareError("share.damaged", "field s")
        else:
            raise ShareError("share.damaged", f"unknown field {key!r}")


def fields_from_profile(
    profile: Profile, scores: dict[str, int], code: str, occupation_uuid: str | None
) -> dict[str, object]:
    """The poster's fields of a profile, and nothing else (no reflection, no answers)."""
    fields: dict[str, object] = {key: getattr(profile, name) for key, name in CARRIES.items()}
    fields.update(
        {
            "c": code,
            "s": [min(40, scores.get(x, 0)) for x in "RIASEC"],
            "o": occupation_uuid or "",
            "dt": profile.updated[:10],
        }
    )
    for key, value in fields.items():
        if key in LISTS and isinstance(value, list):
            fields[key] = value[: LISTS[key]]
        elif key in TEXTS and isinstance(value, str):
            fields[key] = value[: TEXTS[key]]
    return {k: v for k, v in fields.items() if v not in ("", [], None)}


def profile_from_fields(
    fields: dict[str, Any], known: Content | None = None, notes: list[str] | None = None
) -> tuple[Profile, dict[str, int]]:
    """A read-only Profile to draw a shared poster from, and its interest scores. Each field is
    read as the Profile field it carries (`plain.read`): what makes no sense against `known`
    (the content) is left off, with a note in `notes`."""
    plain: dict[str, Any] = {name: fields[key] for key, name in CARRIES.items() if fields.get(key)}
    plain["step"] = "poster"
    if fields.get("dt"):
        plain["updated"] = f"{fields['dt']}T00:00:00+00:00"
    profile, dropped = read(Profile, plain, known, "link")
    if notes is not None:
        notes.extend(dropped)
    scores = dict(zip("RIASEC", fields.get("s", [0] * 6), strict=False))
    return profile, scores
