// The user's zoom of a chart, kept when Streamlit draws the chart anew (app.py runs this once
// per page through st.html).
//
// Streamlit mounts a new Plotly chart whenever its figure changes (the element's id hashes the
// figure): the new events of a follow run, an event selected (its ring on the timeline). Plotly's
// uirevision keeps the user's zoom across an update of the same chart only, so it never applied.
// This remembers the view the user set on a chart under the chart's uirevision -- the x range of
// a cartesian chart; the scale and centre of a geo map, with the framing (lon/lat ranges) that
// scale is relative to -- and sets it on a new chart of the same uirevision, as Plotly would on
// an update. A chart back at its own first view (a double click) keeps nothing.
(() => {
  if (window.__keptViews) return;
  const kept = (window.__keptViews = {});
  const PARTS = {          // subplot: [the attributes of the user's view, those of its framing]
    xaxis: [["range"], []],
    geo: [["projection.scale", "center.lon", "center.lat"], ["lonaxis.range", "lataxis.range"]],
  };
  const get = (o, path) => path.split(".").reduce((a, k) => (a == null ? a : a[k]), o);
  const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, JSON.parse(JSON.stringify(get(o, k) ?? null))]));
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  function scan() {
    if (!window.Plotly) return;
    for (const gd of document.querySelectorAll(".js-plotly-plot")) {
      const full = gd._fullLayout;
      if (!full || gd.__keptBusy) continue;
      const own = gd.__ownView || (gd.__ownView = {});
      for (const [sub, [viewKeys, frameKeys]] of Object.entries(PARTS)) {
        const rev = full[sub] && full[sub].uirevision;     // the subplot's, or the layout's
        if (!rev) continue;
        const id = sub + ":" + JSON.stringify(rev);
        const view = pick(full[sub], viewKeys);
        if (!(sub in own)) {                               // a chart just drawn
          own[sub] = view;
          const k = kept[id];
          if (k && !same(k.view, view)) {
            const edit = {};
            for (const [a, v] of Object.entries({ ...k.frame, ...k.view })) edit[sub + "." + a] = v;
            gd.__keptBusy = true;
            Promise.resolve(window.Plotly.relayout(gd, edit)).finally(() => (gd.__keptBusy = false));
          }
        } else if (same(view, own[sub])) {
          delete kept[id];
        } else {
          kept[id] = { view, frame: pick(full[sub], frameKeys) };
        }
      }
    }
  }

  let queued = false;
  const soon = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(() => { queued = false; scan(); });
    }
  };
  new MutationObserver(soon).observe(document.body, { childList: true, subtree: true });
  setInterval(scan, 500);
})();
