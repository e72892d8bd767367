"""A corpus of hostile inputs, made at test time (some are large): every kind of file a real
folder of saved articles contains. ``make_hostile_corpus(folder)`` returns {file name: what it
is}; the tests check that each is processed or skipped with a reason, never a crash."""
from __future__ import annotations

from pathlib import Path

from conftest import SEEDS, SHARED

ENGLISH = ("Title: Protest in Minsk\nPublished: 2020-08-16\n\n"
           "Tens of thousands of protesters marched in Minsk on Sunday, witnesses said. "
           "Police detained dozens of people near the Stella monument.\n")
RUSSIAN = ("Источник: Президент России\n\nВладимир Путин провёл телефонный разговор с Ангелой Меркель. "
           "Обсуждалась ситуация в Белоруссии после президентских выборов.\n")
XSS = ("Title: <script>window.__xss = 1</script>Injected headline\nPublished: 2020-09-14\n\n"
       "Officials met in Minsk on Monday <img src=x onerror=\"window.__xss = 2\"> and said "
       "[click here](javascript:window.__xss=3) the talks would go on. <b>Bold</b> **stars** :red[x]\n")
HTML = """<!DOCTYPE html><html><head><title>Storm hits Odessa</title>
<script>document.title = "pwned"; window.__xss = 1;</script><style>p {color: red}</style></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Storm hits Odessa</h1><p>A storm hit Odessa on Monday, officials said, leaving thousands of
homes without power along the Black Sea coast.</p><p>Rescue teams were sent to the port on Tuesday as
more rain was expected in the region.</p></article><footer>© 2020 Example News</footer></body></html>"""


def make_hostile_corpus(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, str]] = {
        "binary.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "skipped: binary"),
        "empty.txt": (b"", "skipped: empty"),
        "blank.txt": (b"  \n\t\n   ", "skipped: empty"),
        "cp1251_russian.txt": (RUSSIAN.encode("cp1251"), "skipped: not English"),
        "utf8_russian.txt": (RUSSIAN.encode("utf-8"), "skipped: not English"),
        "cp1252_english.txt": (ENGLISH.replace("said.", "said \u201cnothing\u201d.").encode("cp1252"), "processed"),
        "utf16_bom.txt": (ENGLISH.encode("utf-16"), "processed"),
        # the same article in other encodings and line endings decodes to the same text: a duplicate
        "utf16le_nobom.txt": (ENGLISH.encode("utf-16-le"), "skipped: duplicate"),
        "utf8_bom_crlf.txt": (b"\xef\xbb\xbf" + ENGLISH.replace("\n", "\r\n").encode(), "skipped: duplicate"),
        "page.html": (HTML.encode(), "processed"),
        "xss.txt": (XSS.encode(), "processed"),
        "impossible_date.txt": (ENGLISH.replace("2020-08-16", "2020-13-45").encode(), "processed"),
        "future_date.txt": (ENGLISH.replace("2020-08-16", "2099-01-01").encode(), "processed"),
        "single_line_5mb.txt": ((("Minsk protest on Monday " * 220_000)[:5_200_000]).encode(), "skipped: too long"),
        "huge_25mb.txt": (b"word " * 5_200_000, "skipped: size limit"),
        "no_body.txt": (b"Title: Only a header\nPublished: 2020-01-01\n\n", "skipped: no body"),
        "control_chars.txt": (bytes(range(1, 32)) * 200, "skipped: binary"),
        "latin1_french.txt": ("Title: Grève à Paris\n\nLes syndicats ont manifesté à Paris lundi, "
                              "a déclaré la préfecture.\n".encode("latin-1"), "skipped: not English"),
    }
    ru = SHARED / "samples" / "bad-input"
    if ru.exists():
        for p in ru.glob("*.txt"):
            files["shared_" + p.name] = (p.read_bytes(), "skipped: not English")
    files["seed_copy.txt"] = ((SEEDS / "000_4a18ea590833d17d.txt").read_bytes(), "processed")
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: what for name, (_, what) in files.items()}
