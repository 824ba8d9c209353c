"""The share link: a round trip, and a decoder that never crashes on malformed input."""

from __future__ import annotations

import base64
import binascii
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.career.share import ShareError, decode, encode, link

FIELDS = {
    "n": "Samira",
    "g": "other_job_same_employer",
    "q": ["precise", "handy", "people"],
    "d": ["patient"],
    "v": ["good_pay", "together", "learning", "fixed_hours", "variety"],
    "c": "RCI",
    "s": [40, 20, 0, 10, 0, 30],
    "o": "eeac6251-1974-42f5-91ed-513c6c883755",
    "op": ["bea705fe-06ac-4147-b8e0-6e8ac1208d8f"],
    "lg": ["S4.2"],
    "st": "preparing",
    "ns": ["talk_manager", "ask_training"],
    "dt": "2026-11-22",
}


def test_round_trip():
    url = link("https://koers.example/speel/index.html#old", FIELDS)
    assert url.startswith("https://koers.example/speel/index.html#p=") and "#old" not in url
    assert decode(url) == FIELDS
    assert decode(url.split("#", 1)[1]) == FIELDS  # the fragment alone
    assert len(url) < 400  # compact enough for a QR code


def test_versioned_and_checksummed():
    token = encode(FIELDS)
    body = bytearray(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    flipped = body.copy()
    flipped[-1] ^= 1
    with pytest.raises(ShareError) as err:
        decode(base64.urlsafe_b64encode(bytes(flipped)).decode().rstrip("="))
    assert err.value.key == "share.damaged"
    newer = body.copy()
    newer[0] = 9
    with pytest.raises(ShareError) as err:
        decode(base64.urlsafe_b64encode(bytes(newer)).decode())
    assert err.value.key == "share.newer"


def test_only_the_poster_fields_are_accepted():
    with pytest.raises(ShareError):
        encode({**FIELDS, "reflection": "my private thoughts"})
    payload = zlib.compress(b'{"reflection":"x"}')
    token = base64.urlsafe_b64encode(bytes([1]) + binascii.crc32(payload).to_bytes(4, "big") + payload).decode()
    with pytest.raises(ShareError, match="unknown field"):
        decode(token)


def test_a_zip_bomb_is_refused():
    payload = zlib.compress(b'{"n":"' + b"a" * 100000 + b'"}')
    token = base64.urlsafe_b64encode(bytes([1]) + binascii.crc32(payload).to_bytes(4, "big") + payload).decode()
    with pytest.raises(ShareError):
        decode(token.rstrip("="))


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_decoder_never_crashes_on_text(text):
    try:
        decode(text)
    except ShareError as exc:
        assert exc.key in {"share.not_a_link", "share.damaged", "share.newer"}


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decoder_never_crashes_on_bytes(data):
    token = base64.urlsafe_b64encode(data).decode().rstrip("=")
    try:
        decode(token)
    except ShareError as exc:
        assert exc.key in {"share.not_a_link", "share.damaged", "share.newer"}


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=300))
def test_decoder_never_crashes_on_valid_envelopes_with_any_content(content):
    payload = zlib.compress(content)
    token = base64.urlsafe_b64encode(bytes([1]) + binascii.crc32(payload).to_bytes(4, "big") + payload).decode()
    try:
        decode(token)
    except ShareError as exc:
        assert exc.key == "share.damaged"
