"""The engine: loop, scene stack, intents, widgets, layout, theme, text, bridge, storage.
It knows nothing about careers."""
