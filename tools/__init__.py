"""Build-time tools (never part of the game): the web build and the content compiler."""
