"""Adding articles to the store from the app: the folder a user names is read only when it is
inside the allowed roots (``NEWSMAP_IMPORT_ROOTS``), and uploaded files are saved under names
made here, inside the store's folder, before they are extracted and merged into the store."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Iterable, Optional

MAX_UPLOAD_MB = 5           # the default; the app reads Streamlit's server.maxUploadSize (.streamlit/config.toml)
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
ARTICLE_TYPES = ["txt", "text", "html", "htm", "md", "json"]
# documents the uploader takes too, so that the extractor says why they are not read ("a PDF
# document, not text: save the article as text or HTML") instead of the widget refusing them
DOCUMENT_TYPES = ["pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ppt", "pptx"]
UPLOAD_TYPES = ARTICLE_TYPES + DOCUMENT_TYPES
_SUFFIXES = tuple("." + t for t in UPLOAD_TYPES)                # any other suffix is saved as .txt
Progress = Callable[[int, int], object]     # (done, total)


# ---------------------------------------------------------------------------------------------
# folders named by the user: only inside the allowed roots
def import_roots() -> list[Path]:
    """Where the app may read folders from: NEWSMAP_IMPORT_ROOTS (os.pathsep-separated), by
    default the user's home folder and this repository."""
    import os
    raw = os.environ.get("NEWSMAP_IMPORT_ROOTS")
    roots = [Path(x) for x in raw.split(os.pathsep) if x] if raw else [Path.home(), Path(__file__).resolve().parents[1]]
    return [r.resolve() for r in roots]


def checked_folder(text: str, roots: Optional[list[Path]] = None) -> tuple[Optional[Path], str]:
    """(the folder, "") when ``text`` names an existing folder inside an allowed root, else
    (None, the reason). The path is resolved first (symlinks, "..") and only then checked."""
    text = (text or "").strip()
    if not text:
        return None, "no folder given"
    if "\x00" in text or len(text) > 1000:
        return None, "not a valid path"
    roots = roots if roots is not None else import_roots()
    try:
        folder = Path(text).expanduser().resolve(strict=True)
    except (OSError, RuntimeError):
        return None, "no such folder"
    if not folder.is_dir():
        return None, "not a folder"
    if not any(folder == r or folder.is_relative_to(r) for r in roots):
        return None, "outside the folders the app may read (set NEWSMAP_IMPORT_ROOTS)"
    return folder, ""



def folder_inputs(folder: Path) -> list:
    """The article files of a checked folder (see checked_folder), as the extractor finds them."""
    from extract import iter_inputs
    return list(iter_inputs([str(folder)]))


def add_folder_files(files: list, store: Path, progress: Progress):
    """The folder's files extracted into the store (those already in it are not redone); the
    run's summary (processed, skipped with their reasons)."""
    from extract.store import run_incremental
    return run_incremental(files, store, on_progress=progress)


# ---------------------------------------------------------------------------------------------
# uploaded files: saved inside the store's folder under names made here
def upload_limit_mb() -> int:
    """The upload limit in MB: Streamlit's ``server.maxUploadSize`` when Streamlit is loaded
    (the widget shows and enforces it), else MAX_UPLOAD_MB."""
    try:
        from streamlit import config
        return int(config.get_option("server.maxUploadSize"))
    except Exception:
        return MAX_UPLOAD_MB


def file_report(summary, names: dict, too_big: list[str], limit_mb: int) -> list[tuple[str, str, str]]:
    """One line per uploaded file: (its name as uploaded, 'added' | 'skipped', what happened),
    in upload order; ``names`` maps a saved path to the name the user gave."""
    rows = [(n, "skipped", f"over the {limit_mb} MB upload limit") for n in too_big]
    by_path = {str(Path(r.path).resolve()): r for r in summary.inputs}
    for saved, name in names.items():
        r = by_path.get(str(Path(saved).resolve()))
        if r is None:
            rows.append((name, "skipped", "already in the store"))
        elif r.status == "processed":
            rows.append((name, "added", f"{r.events} event{'s' if r.events != 1 else ''}"
                         + (f"; {r.reason}" if r.reason else "")))
        else:
            rows.append((name, "skipped", r.reason))
    return rows


def save_uploads(files: Iterable, store: Path, limit_bytes: int = MAX_UPLOAD_BYTES) -> tuple[list[Path], list[str]]:
    """Uploaded files (with ``name``, ``size`` and ``getvalue()``, as Streamlit gives them) saved
    in the store's folder under ``uploads/``, under names made here (never a name or path given
    by the user), so the articles' paths stay valid: (the saved files, the names of those over
    MAX_UPLOAD_BYTES, which are not saved)."""
    folder = store / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    saved, too_big = [], []
    for i, f in enumerate(files):
        if f.size > limit_bytes:
            too_big.append(f.name)
            continue
        suffix = Path(f.name).suffix.lower()
        suffix = suffix if suffix in _SUFFIXES else ".txt"
        target = folder / f"upload-{stamp}-{i:04d}{suffix}"
        target.write_bytes(f.getvalue())
        saved.append(target)
    return saved, too_big


def add_uploads(saved: list[Path], store: Path, progress: Progress):
    """The saved uploads extracted and merged into the store; the summary (processed, skipped)."""
    from extract.store import append_to_store
    return append_to_store(saved, store, progress=progress)
