"""The source panel: what it states beside the text (the article's title, source and
publication date, the event's type, date, place, actors, roles and confidence), the date,
place and actor mentions inside the event's sentence, and the article body as inert Markdown
(everything escaped, no HTML) with the sentence and its mentions highlighted."""
from __future__ import annotations

import re
from typing import Optional

import pandas as pd

from dashboard.store import Store
from extract import EVENT_TYPES


def selected_event(store: Store, event_id: Optional[str]) -> Optional[pd.Series]:
    """The selected event's row, or None when no event (or one the store does not have) is
    selected."""
    if not event_id or event_id not in set(store.events["event_id"]):
        return None
    return store.events[store.events["event_id"] == event_id].iloc[0]


def place_listing(view: pd.DataFrame, ids: list[str]) -> tuple[str, dict[str, str]]:
    """For the list of a clicked place's events: the place's name, and a label per event
    (date · type · the start of its sentence)."""
    labels = view.set_index("event_id").loc[ids]
    name = labels["place_name"].iloc[0]
    return name, {i: f"{labels.loc[i, 'when']} · {labels.loc[i, 'type_label']} · {labels.loc[i, 'summary'][:70]}"
                  for i in ids}


def report_labels(reports: pd.DataFrame) -> dict[str, str]:
    """A label per report of a cluster (source · date · title), for choosing one of them."""
    by_id = reports.set_index("event_id")
    return {i: " · ".join(str(x) for x in by_id.loc[i, ["source", "when", "title"]]) for i in reports["event_id"]}


def article_heading(store: Store, ev: pd.Series) -> tuple[str, str, Optional[str]]:
    """The panel's heading as escaped Markdown: the article's title; its source and
    publication date; its address when it is a web one (else None)."""
    art = store.articles.loc[ev["article_id"]]
    title = md_escape(str(art["title"] or "(untitled)"))
    meta = [str(art["source"] or "unknown source"), published_label(art["published"], art.get("flags"))]
    url = md_escape(art["url"]) if isinstance(art["url"], str) and art["url"].startswith(("http://", "https://")) \
        else None
    return title, " · ".join(md_escape(m) for m in meta), url


def published_label(published, flags) -> str:
    """How the source panel states an article's publication date, and where it came from: a
    date read from the dateline or the file's name, or none (then its relative dates stay
    unresolved)."""
    flags = set(flags) if flags is not None else set()
    if not isinstance(published, str) or not published:
        return "no publication date (its relative dates are left unresolved)"
    if "publication_date_from_file_name" in flags:
        return f"published {published} (from the file name)"
    if "publication_date_from_dateline" in flags:
        return f"published {published} (from the dateline)"
    return f"published {published}"


def event_facts(ev: pd.Series) -> dict[str, str]:
    """What the source panel states beside the text: type, date, place, actors, confidence."""
    place = ev["place_name"] if isinstance(ev["place_name"], str) else None
    from dashboard.style import country_name
    return {
        "What happened": str(ev["summary"]),
        "Event": f"{EVENT_TYPES.get(ev['type'], ev['type'])} ({ev['modality']})",
        "Date": f"{ev['when']} · {ev['granularity'] or 'no date'} · {ev['date_resolution']}",
        "Place": (f"{place} ({country_name(ev['place_country']) or '—'}, {ev['place_precision']})"
                  if place else "none stated"),
        "Actors": ", ".join(ev["actors"]) or "none",
        "Roles": _roles_line(ev),
        "Confidence": f"{float(ev['confidence']):.2f}",
    }


def _roles_line(ev: pd.Series) -> str:
    """"Russia → Belarus": who acted and who was acted upon, when the sentence shows it."""
    who, whom = ", ".join(ev["actor1"]), ", ".join(ev["actor2"])
    if not who and not whom:
        return "not stated"
    return f"{who or '?'} → {whom}" if whom else f"{who} (acted)"


def facts_markdown(ev: pd.Series) -> str:
    """The event's facts (event_facts) as Markdown lines, each value escaped."""
    return "  \n".join(f"**{k}** {md_escape(v)}" for k, v in event_facts(ev).items())


def why_text(ev: pd.Series) -> str:
    """Why the event has its date and place, as plain text."""
    return f"date: {ev['why_date']}\nplace: {ev['why_place'] or 'no place stated'}"


# ---------------------------------------------------------------------------------------------
# source text with highlights, as inert Markdown (no HTML)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$=])")


def md_escape(s: str) -> str:
    """Escape every Markdown/directive character so untrusted text renders as itself
    (a word joiner between two hyphens, or the renderer would turn "--" into a dash)."""
    return _MD_SPECIAL.sub(r"\\\1", s.replace("--", "-\u2060-"))


def _md_block(s: str) -> str:
    s = md_escape(s)
    # paragraphs stay paragraphs, single line breaks become hard breaks
    parts = re.split(r"\n\s*\n", s)
    return "\n\n".join(p.replace("\n", "  \n") for p in parts)


HIGHLIGHT = {"sentence": "orange", "date": "green", "place": "blue", "actor": "violet"}
LEGEND = ("Highlight: :orange-background[event sentence] · :green-background[date] · "
          ":blue-background[place] · :violet-background[actor]")


def event_mentions(store: Store, event: pd.Series) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the date, place and actor mentions inside the event's sentence."""
    m = store.mentions_of(event["article_id"])
    if m.empty:
        return []
    s0, s1 = int(event["sentence_start"]), int(event["sentence_end"])
    sub = m[(m["start"] >= s0) & (m["end"] <= s1)]
    kinds = {"timex": "date", "place": "place", "actor": "actor"}
    spans = sorted((int(r.start), int(r.end), kinds[r.kind]) for r in sub.itertuples() if r.kind in kinds)
    out: list[tuple[int, int, str]] = []
    for s, e, k in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e, k))
    return out


def highlighted_markdown(text: str, sentence: tuple[int, int], mentions: list[tuple[int, int, str]]) -> str:
    """The article body as Markdown with the sentence on an orange background and its dates,
    places and actors in their own colours. Every piece of the text is escaped."""
    s0, s1 = sentence
    pieces = [_md_block(text[:s0])]
    pos = s0
    for s, e, kind in mentions:
        if s < pos or e > s1:
            continue
        if s > pos:
            pieces.append(_directive(text[pos:s], HIGHLIGHT["sentence"]))
        pieces.append(_directive(text[s:e], HIGHLIGHT[kind], bold=True))
        pos = e
    if pos < s1:
        pieces.append(_directive(text[pos:s1], HIGHLIGHT["sentence"]))
    pieces.append(_md_block(text[s1:]))
    return "".join(pieces)


def _directive(s: str, color: str, bold: bool = False) -> str:
    lead = len(s) - len(s.lstrip())
    trail = len(s) - len(s.rstrip())
    core = md_escape(" ".join(s.split()))
    if not core:
        return s
    inner = f"**{core}**" if bold else core
    return s[:lead] + f":{color}-background[{inner}]" + (s[len(s) - trail:] if trail else "")


def source_markdown(store: Store, ev: pd.Series) -> str:
    """The event's article as highlighted Markdown, its text read from the store."""
    mentions = event_mentions(store, ev)
    return highlighted_markdown(store.article_text(ev["article_id"]),
                                (int(ev["sentence_start"]), int(ev["sentence_end"])), mentions)
