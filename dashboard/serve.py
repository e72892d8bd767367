"""Start the dashboard with its heavy modules already imported.

    .venv/bin/python -m dashboard.serve [streamlit options] [-- --store OUTDIR]

is ``streamlit run dashboard/app.py [options]``, except that pandas, pyarrow, plotly and the
dashboard's own logic are imported, and the event store read, before the server starts
listening: Streamlit runs the script only when the first visitor connects, and the imports
were half a second of that first page view (reading a store of 100,000 events, seconds).
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    import plotly.graph_objects  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    # pandas, the extract API and the chart code: the plain modules app.py imports
    for name in ("store", "filters", "timeline", "map", "table", "selection", "source", "exports", "imports"):
        importlib.import_module(f"dashboard.{name}")
    # the store the app will show (``-- --store DIR``, NEWSMAP_STORE or data/), read now
    from dashboard.store import preload, store_dir
    args = sys.argv[1:]
    preload(store_dir(args[args.index("--") + 1:] if "--" in args else []))
    from streamlit.web import cli
    sys.argv = ["streamlit", "run", str(Path(__file__).with_name("app.py")), *sys.argv[1:]]
    sys.exit(cli.main())


if __name__ == "__main__":
    main()
