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
    chosen = _file_dialog(
        "asksaveasfilename",
        initialdir=str(fallback.parent),
        initialfile=filename,
        defaultextension=Path(filename).suffix,
    )
    if chosen is None:
        return fallback
    return Path(chosen) if chosen else None


def can_choose_file() -> bool:
    """A file to open can be chosen with a picker: the browser's, or a desktop dialog (not headless)."""
    return is_web or _dialogs_possible()


def choose_open_path(suffix: str) -> Path | None:
    """Desktop: the player chooses a file to open in a standard dialog. None when cancelled or
    when no dialog can be shown (then the player types the path)."""
    chosen = _file_dialog(
        "askopenfilename", initialdir=str(default_export_dir()), filetypes=[(suffix, f"*{suffix}"), ("*", "*")]
    )
    return Path(chosen) if chosen else None


def _dialogs_possible() -> bool:
    if os.environ.get("SDL_VIDEODRIVER") == "dummy" or os.environ.get("KOERS_NO_DIALOG"):
        return False
    try:
        import tkinter  # noqa: F401
    except ImportError:
        return False
    return True


def _file_dialog(kind: str, **options: Any) -> str | None:
    """A tkinter file dialog (`kind`: asksaveasfilename or askopenfilename): the chosen path,
    "" when cancelled, None when no dialog can be shown (headless, no tkinter, no display)."""
    if not _dialogs_possible():
        return None
    import tkinter
    from tkinter import filedialog

    try:
        root = tkinter.Tk()
        root.withdraw()
        chosen = getattr(filedialog, kind)(**options)
        root.destroy()
    except tkinter.TclError:  # no display for a dialog
        return None
    return str(chosen or "")


def read_file(path: str | os.PathLike[str]) -> bytes | None:
    """Desktop: a file the player named, or None when there is no file there (OSError when it
    cannot be read)."""
    file = Path(path).expanduser()
    if not file.is_file():
        return None
    return file.read_bytes()


PICK_LIMIT = 1_000_000  # bytes: a file the player picks is read only up to this size


def pick_file(accept: str) -> None:
    """Browser: open the page's file picker (call it right after the player's key or tap: the
    browser opens pickers only then). The file's bytes arrive later: see `picked_file`."""
    if not is_web:
        return
    _window().eval(
        "(function(accept,limit){let i=document.getElementById('koers-file');"
        "if(!i){i=document.createElement('input');i.type='file';i.id='koers-file';i.style.display='none';"
        "document.body.appendChild(i);i.addEventListener('change',()=>{const f=i.files&&i.files[0];"
        "if(!f)return;i.value='';"
        "if(f.size>limit){window.koersPicked={name:f.name,data:''};return;}"
        "const r=new FileReader();"
        "r.onload=()=>{window.koersPicked={name:f.name,data:String(r.result).split(',')[1]||''};};"
        "r.onerror=()=>{window.koersPicked={name:f.name,data:null};};r.readAsDataURL(f);});}"
        "i.accept=accept;window.koersPicked=null;i.click();})"
        f"({json.dumps(accept)},{PICK_LIMIT})"
    )


def picked_file() -> tuple[str, bytes | None] | None:
    """Browser: the file the player picked, once it has been read: (its name, its bytes; None
    when the browser could not read it; empty when it was too large). None while there is none."""
    if not is_web:
        return None
    text = _window().eval(
        "(function(){const p=window.koersPicked||null;window.koersPicked=null;return JSON.stringify(p);})()"
    )
    picked = json.loads(str(text)) if text else None
    if not isinstance(picked, dict):
        return None
    data = picked.get("data")
    return str(picked.get("name") or ""), None if data is None else base64.b64decode(data)


GESTURES = ("keydown", "pointerdown", "touchend")  # what lets a page speak (a user activation)


def speak(text: str, voice: str) -> None:
    """Read `text` aloud in `voice` (a language tag such as nl-NL): speechSynthesis in the
    browser; on the desktop printed with KOERS_TTS_DEBUG=1 (the Speech object keeps a record).

    A browser speaks only after the player's first key or tap on the page: until then the
    newest text waits, and is said inside the handler of that first key or tap."""
    if is_web:
        _window().eval(
            "(function(t,l,g){const s=window.speechSynthesis;if(!s)return;"
            "const say=()=>{s.cancel();const u=new SpeechSynthesisUtterance(t);u.lang=l;"
            "const v=s.getVoices().find(x=>x.lang&&x.lang.replace('_','-').startsWith(l.slice(0,2)));"
            "if(v)u.voice=v;s.speak(u);};"
            "const a=navigator.userActivation;if(!a||a.hasBeenActive){say();return;}"
            "window.koersSayLater=say;if(window.koersSayHooked)return;window.koersSayHooked=true;"
            "const first=()=>{g.forEach(e=>window.removeEventListener(e,first,true));"
            "const later=window.koersSayLater;window.koersSayLater=null;if(later)later();};"
            "g.forEach(e=>window.addEventListener(e,first,true));})"
            f"({json.dumps(text)},{json.dumps(voice)},{json.dumps(list(GESTURES))})"
        )
    elif os.environ.get("KOERS_TTS_DEBUG"):
        print(f"[read aloud {voice}] {text}")


def stop_speaking() -> None:
    if is_web:
        _window().eval("window.koersSayLater=null;window.speechSynthesis&&window.speechSynthesis.cancel()")


_activated = not is_web  # the desktop may speak at once; a page only after a key or tap


def speech_waits() -> bool:
    """Read-aloud waits for the player's first key or tap (a browser blocks speech before it)."""
    global _activated
    if not _activated:
        _activated = bool(_window().eval("!navigator.userActivation||navigator.userActivation.hasBeenActive"))
    return not _activated


def announce(text: str, lang: str) -> None:
    """Write `text` into the page's hidden, polite live region for screen readers (made here
    when the page has none). Desktop: nothing (a screen reader cannot see into the window)."""
    if not is_web:
        return
    _window().eval(
        "(function(t,l){let e=document.getElementById('koers-live');"
        "const fill=()=>{e.lang=e.dataset.lang;e.textContent=e.dataset.text;};"
        "if(!e){e=document.createElement('div');e.id='koers-live';e.setAttribute('role','status');"
        "e.setAttribute('aria-live','polite');e.setAttribute('aria-atomic','true');"
        "e.style.cssText='position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;"
        "overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap';"
        "document.body.appendChild(e);e.dataset.wait='1';"
        # a region filled as it is made is not heard: the first text follows a moment later
        "setTimeout(()=>{delete e.dataset.wait;fill();},200);}"
        "e.dataset.text=t;e.dataset.lang=l;if(!e.dataset.wait)fill();})"
        f"({json.dumps(text)},{json.dumps(lang)})"
    )


_touch_entry = False  # the page has an input for a phone's on-screen keyboard (a touch screen)


def text_entry(where: tuple[float, float, float, float] | None, value: str = "") -> None:
    """Browser on a touch screen: a text field on show gets a see-through input of the page on
    top of it (`where`: x, y, width, height as parts of the window), so a tap on the field opens
    the phone's on-screen keyboard; what is typed there arrives through `typed`. None: no text
    field on show (the keyboard closes). Elsewhere the keyboard's own keys reach the game."""
    global _touch_entry
    if not is_web:
        return
    _touch_entry = bool(
        _window().eval(
            "(function(w,v){if(!(navigator.maxTouchPoints>0||matchMedia('(pointer: coarse)').matches))return false;"
            "let i=document.getElementById('koers-type');"
            "if(!i){if(!w)return true;i=document.createElement('input');i.id='koers-type';i.type='text';"
            "i.autocomplete='off';i.setAttribute('autocapitalize','off');i.spellcheck=false;"
            "i.style.cssText='position:fixed;opacity:0;font-size:16px;z-index:10;border:0;padding:0;margin:0';"
            "document.body.appendChild(i);window.koersTyped=[];i.dataset.last='';"
            # what types goes to the game from here only (once); Tab, Escape, F-keys and arrows as ever
            "['keydown','keypress','keyup'].forEach(k=>i.addEventListener(k,e=>{"
            "if(e.key.length===1||e.isComposing||['Backspace','Enter','Unidentified','Process'].includes(e.key))"
            "e.stopPropagation();if(k==='keydown'&&e.key==='Enter'){e.preventDefault();i.blur();}}));"
            "i.addEventListener('input',()=>{const a=i.dataset.last,b=i.value;let n=0;"
            "while(n<a.length&&n<b.length&&a[n]===b[n])n++;"
            "for(let k=n;k<a.length;k++)window.koersTyped.push('\\b');"
            "if(b.length>n)window.koersTyped.push(b.slice(n));i.dataset.last=b;});}"
            "if(!w){i.style.display='none';i.blur();return true;}"
            "const c=document.getElementById('canvas').getBoundingClientRect();"
            "Object.assign(i.style,{display:'block',left:(c.left+w[0]*c.width)+'px',top:(c.top+w[1]*c.height)+'px',"
            "width:(w[2]*c.width)+'px',height:(w[3]*c.height)+'px'});"
            "if(i.value!==v){i.value=v;i.dataset.last=v;}return true;})"
            f"({json.dumps(list(where) if where else None)},{json.dumps(value)})"
        )
    )


def typed() -> list[str]:
    """Browser: what was typed on the on-screen keyboard since the last call (a backspace
    character: one letter erased), oldest first."""
    if not _touch_entry:
        return []
    text = _window().eval(
        "(function(){const t=window.koersTyped||[];window.koersTyped=[];return JSON.stringify(t);})()"
    )
    out = json.loads(str(text)) if text else []
    return [str(t) for t in out] if isinstance(out, list) else []


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
    """Put text on the clipboard where that is possible: the browser's, or SDL's on the desktop
    (False where the desktop has none, e.g. a session without a clipboard)."""
    if is_web:
        _window().eval(f"navigator.clipboard&&navigator.clipboard.writeText({json.dumps(text)})")
        return True
    import pygame.scrap  # (SDL's clipboard; imported here: the bridge is loaded before the display)

    try:
        pygame.scrap.put_text(text)
        return pygame.scrap.get_text() == text
    except pygame.error:
        return False
