"""The Streamlit dashboard (`repwatch dashboard`): app.py is the entry, views/ holds one module per page,
and every figure comes from the analytics functions in monitor/analytics and monitor/alerts."""
