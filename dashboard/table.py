"""The events table: its rows (date as read, what happened, type, place, country, actors, source, number of
sources), newest first, at most ``MAX_TABLE`` of them; the index keeps the event id."""
from __future__ import annotations

import pandas as pd

MAX_TABLE = 2000


def table_frame(events: pd.DataFrame, limit: int = MAX_TABLE) -> pd.DataFrame:
    """The rows of the events table, newest first (as the place lists; undated ones last), at
    most ``limit`` of them: the newest; the index keeps the event id."""
    if len(events) > limit:
        dated = events[events["start"].notna()]
        df = dated.nlargest(limit, "start", keep="all") if len(dated) >= limit else \
            pd.concat([dated, events[events["start"].isna()].head(limit - len(dated))])
    else:
        df = events
    df = df.sort_values(["start", "event_id"], ascending=[False, True], na_position="last").head(limit)
    from dashboard.style import country_name
    out = pd.DataFrame({
        "date": df["when"].astype(object).to_numpy(),
        "what happened": df["summary"].to_numpy(),
        "type": df["type_label"].astype(object).to_numpy(),
        "place": df["place_name"].astype(object).fillna("").to_numpy(),
        "country": [country_name(c) for c in df["place_country"].astype(object)],
        "actors": [", ".join(a) for a in df["actors"]],
        "source": df["source"].astype(object).fillna("").to_numpy(),
        "sources": df["n_sources"].to_numpy() if "n_sources" in df else 1,
    }, index=df["event_id"].to_numpy())
    out.index.name = "event_id"
    return out
