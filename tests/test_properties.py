"""Property-based tests (hypothesis): for arbitrary text and publication dates the reader, the
date tagger, the geocoder and event assembly never raise, and every offset is valid."""
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.geocoder import OfflineGazetteer
from extract.pipeline import extract_article
from extract.reader import ReadError, parse_article
from extract.timex import tag

# text that looks like news often enough to reach the rules: words of the rules' vocabulary
WORDS = ["Monday", "Sept.", "25", "2020", "in", "the", "1990s", "last", "month", "until", "since",
         "Minsk", "Russia", "Moscow,", "Idaho", "said", "met", "President", "Vladimir", "Putin", "U.S.",
         "Washington", "Post", "ago", "two", "years", "early", "mid-September", "today", "at", "10",
         "p.m.", "from", "to", "between", "and", "quarter", "third", "NATO", "EU", ".", ",", "\n",
         "Black", "Sea", "resort", "of", "Sochi", "protesters", "drills", "flew", "'s", "—", "(", ")"]
news_like = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), news_like)
dct = st.one_of(st.none(), st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)).map(date.isoformat),
                st.sampled_from(["2020-08", "2020", "2020-09-14T21:43", "garbage", ""]))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(any_text, dct)
def test_tagger_total_and_offsets(text, published):
    for t in tag(text, published):
        assert text[t.start:t.end] == t.text and t.start < t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value
        if t.date_start and t.date_end:
            assert t.date_start <= t.date_end


@FAST
@given(any_text, dct)
def test_pipeline_total_and_offsets(body, published):
    header = f"Title: t\nPublished: {published}\n\n" if published is not None else ""
    try:
        art = parse_article(header + body)
    except ReadError:
        return
    ex = extract_article(art)
    text = art.text
    for m in ex.timexes + ex.places + ex.actors:
        assert text[m.start:m.end] == m.text
    for e in ex.events:
        assert 0 <= e.sentence_start <= e.trigger_start < e.trigger_end <= e.sentence_end <= len(text)
        assert text[e.trigger_start:e.trigger_end] == e.trigger
        if e.place is not None:
            assert text[e.place.start:e.place.end] == e.place.text
        if e.date_start and e.date_end:
            assert e.date_start <= e.date_end


@FAST
@given(st.text(max_size=60))
def test_geocoder_total(query):
    geo = OfflineGazetteer()
    loc = geo.geocode(query)
    assert loc is None or (-90 <= loc.latitude <= 90 and -180 <= loc.longitude <= 360)
    many = geo.geocode(query, exactly_one=False)
    assert many is None or len(many) >= 1


@settings(max_examples=30, deadline=None)
@given(st.floats(-90, 90), st.floats(-180, 180))
def test_reverse_total(lat, lon):
    loc = OfflineGazetteer().reverse((lat, lon))
    assert loc is not None and loc.raw["distance_km"] >= 0
