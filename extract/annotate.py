"""The evaluation record of one document (DESIGN.md: ``python -m extract annotate``)."""
from __future__ import annotations


from .pipeline import extract_article
from .reader import detect_language, find_dateline
from .schema import Article, event_row, make_article_id


def annotate_doc(doc: dict) -> dict:
    """``{"doc_id", "text", "dct"?}`` → ``{"doc_id", "timexes", "places", "actors", "events"}``.
    The text is taken as the body as it is (offsets refer to it)."""
    text = doc.get("text") or ""
    dct = doc.get("dct") or None
    filing, dateline_end = find_dateline(text)
    art = Article(article_id=make_article_id(text, str(doc.get("doc_id", ""))), source="", url="",
                  title="", published=dct, published_granularity="day" if dct and len(dct) == 10 else
                  ("month" if dct and len(dct) == 7 else ("year" if dct else None)),
                  language=detect_language(text), path="", text=text, filing_place=filing,
                  dateline_end=dateline_end)
    ex = extract_article(art)
    return {
        "doc_id": doc.get("doc_id"),
        "timexes": [t.to_dict() for t in ex.timexes],
        "places": [p.to_dict() for p in ex.places],
        "actors": [a.to_dict() for a in ex.actors],
        "events": [event_row(e) for e in ex.events],
    }
