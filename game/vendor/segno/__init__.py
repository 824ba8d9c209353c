"""The QR encoder of segno (vendored; see VENDORED.txt and LICENSE). Only the encoder and its
constants are kept: no writers, nothing that opens files, browsers or network connections."""

from .encoder import DataOverflowError, encode  # noqa: F401
