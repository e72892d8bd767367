"""The framework's floor for bench_browser.py: a bare Streamlit page holding one Plotly chart
of the size of the dashboard's timeline (86 points), nothing else."""
import numpy as np
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(layout="wide")
rng = np.random.default_rng(0)
st.plotly_chart(go.Figure(go.Scatter(x=rng.random(86), y=rng.integers(0, 12, 86), mode="markers"),
                          layout=dict(height=330)), width="stretch")
