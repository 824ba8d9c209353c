"""Koers: the game (engine, scenes, content loading). Imports only the standard library and pygame-ce."""
