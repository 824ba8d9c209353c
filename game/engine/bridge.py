"""Every browser-only call lives here. Nothing else in the game touches `platform`/`js`.

Desktop: files in the user's data directory, and a speech debug mode that prints
(KOERS_TTS_DEBUG=1) what would be spoken.
Browser (pygbag, or Pyodide in the browser tests): localStorage, a Blob download, and
speechSynthesis in the voice asked for.
No function here makes a network request.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

is_web: bool = sys.platform == "emscripten"


def _window() -> Any:
    """The browser's window object: pygbag's `platform.window`, or Pyodide's `js` module
    (the browser tests run the game under Pyodide)."""
    import platform  # pygbag replaces the standard `platform` module in the browser

    window = getattr(platform, "window", None)
    if window is None:
        import js  # Pyodide

        window = js
    return window


def data_dir() -> Path:
    """The desktop folder for saves: KOERS_DATA_DIR, else the platform's user data folder."""
    override = os.environ.get("KOERS_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Koers"
    if sys.platform.startswith("win"):
        return Path(os.environ.get("APPDATA", home)) / "Koers"
    return Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share")) / "koers"


def _key(name: str) -> str:
    return f"koers.{name}"


def load(name: str) -> str | None:
    """The stored text under `name`, or None when nothing is stored."""
    if is_web:
        value = _window().localStorage.getItem(_key(name))
        return value if isinstance(value, str) else None  # JS null: None (pygbag) or jsnull (Pyodide)
    path = data_dir() / f"{name}.json"
    if not path.exists():
        return None
    return path.read_text(encoding="utf-8")  # may raise: the caller sets the save aside


def save(name: str, text: str) -> None:
    if is_web:
        _window().localStorage.setItem(_key(name), text)
        return
    write_atomic(data_dir() / f"{name}.json", text, mode=0o600)  # the player's own: not for others on the machine


def write_atomic(path: Path, text: str, mode: int = 0o644) -> None:
    """Write a file whole or not at all, through a temporary file of its own (two windows saving
    at once never share one): the last write wins, and a failed write leaves the previous file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def set_aside(name: str, stamp: str) -> str:
    """Keep a broken save under another name instead of deleting it. Returns the new name."""
    new_name = f"{name}.broken-{stamp}"
    if is_web:
        win = _window()
        value = win.localStorage.getItem(_key(name))
        if isinstance(value, str):
            win.localStorage.setItem(_key(new_name), value)
        win.localStorage.removeItem(_key(name))
        return new_name
    old = data_dir() / f"{name}.json"
    if old.exists():
        os.replace(old, data_dir() / f"{new_name}.json")
    return new_name


def remove(name: str) -> None:
    if is_web:
        _window().localStorage.removeItem(_key(name))
        return
    (data_dir() / f"{name}.json").unlink(missing_ok=True)


def remove_all() -> None:
    """Remove every save of Koers (also the ones set aside). Files the player exported stay."""
    if is_web:
        storage = _window().localStorage
        keys = [str(storage.key(i)) for i in range(int(storage.length))]
        for key in keys:
            if key.startswith("koers."):
                storage.removeItem(key)
        return
    folder = data_dir()
    if folder.is_dir():
        for path in folder.glob("*.json"):
            path.unlink()


def download(filename: str, data: bytes, mime: str = "image/png") -> str:
    """Give the player a file: a browser download, or a file in the data folder on desktop.

    Returns where it went, in words the player can use.
    """
    if is_web:
        payload = base64.b64encode(data).decode("ascii")
        _window().eval(
            "(function(n,m,b){const a=document.createElement('a');"
            "a.href='data:'+m+';base64,'+b;a.download=n;document.body.appendChild(a);"
            "a.click();a.remove();})"
            f"({json.dumps(filename)},{json.dumps(mime)},{json.dumps(payload)})"
        )
        return filename
    path = choose_save_path(filename)
    if path is None:
        return ""  # the player cancelled: nothing saved
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def default_export_dir() -> Path:
    documents = Path.home() / "Documents"
    return documents / "Koers" if documents.is_dir() else data_dir() / "export"


def choose_save_path(filename: str) -> Path | None:
    """Desktop: the player chooses where to save (a standard save dialog, where tkinter exists).
    Headless, or without tkinter, the file goes to Documents/Koers. None when cancelled."""
    fallback = default_export_dir() / filename
    if os.environ.get("SDL_VIDEODRIVER") == "dummy" or os.environ.get("KOERS_NO_DIALOG"):
        return fallback
    try:
        import tkinter
        from tkinter import filedialog
    except ImportError:
        return fallback
    try:
        root = tkinter.Tk()
        root.withdraw()
        chosen = filedialog.asksaveasfilename(
            initialdir=str(fallback.parent), initialfile=filename, defaultextension=Path(filename).suffix
        )
        root.destroy()
    except tkinter.TclError:  # no display for a dialog
        return fallback
    return Path(chosen) if chosen else None


def speak(text: str, voice: str) -> None:
    """Read `text` aloud in `voice` (a language tag such as nl-NL): speechSynthesis in the
    browser; on the desktop printed with KOERS_TTS_DEBUG=1 (the Speech object keeps a record)."""
    if is_web:
        _window().eval(
            "(function(t,l){const s=window.speechSynthesis;if(!s)return;s.cancel();"
            "const u=new SpeechSynthesisUtterance(t);u.lang=l;"
            "const v=s.getVoices().find(x=>x.lang&&x.lang.replace('_','-').startsWith(l.slice(0,2)));"
            "if(v)u.voice=v;s.speak(u);})"
            f"({json.dumps(text)},{json.dumps(voice)})"
        )
    elif os.environ.get("KOERS_TTS_DEBUG"):
        print(f"[read aloud {voice}] {text}")


def stop_speaking() -> None:
    if is_web:
        _window().eval("window.speechSynthesis&&window.speechSynthesis.cancel()")


def viewport_size() -> tuple[int, int] | None:
    """The browser page size in device pixels, so text is drawn at its real size."""
    if not is_web:
        return None
    win = _window()
    ratio = float(win.devicePixelRatio or 1)
    return int(win.innerWidth * ratio), int(win.innerHeight * ratio)


_opened_link = ""  # desktop: a share link given on the command line


def open_link(text: str) -> None:
    """Desktop: act as if the game was opened with this link (python -m game --open LINK)."""
    global _opened_link
    _opened_link = text


def startup_fragment() -> str:
    """The URL fragment the game was opened with (a share link carries its data there)."""
    if is_web:
        return str(_window().location.hash or "")
    return _opened_link.split("#", 1)[1] if "#" in _opened_link else _opened_link


def page_url() -> str | None:
    """The address players open the game at, for share links; None when not known."""
    if is_web:
        loc = _window().location
        return f"{loc.origin}{loc.pathname}"
    return os.environ.get("KOERS_SHARE_URL") or None


def copy_text(text: str) -> bool:
    """Put text on the clipboard where that is possible."""
    if is_web:
        _window().eval(f"navigator.clipboard&&navigator.clipboard.writeText({json.dumps(text)})")
        return True
    return False
