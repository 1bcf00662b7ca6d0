"""The Streamlit dashboard: pages that read through the analytics functions in monitor/ (being built)."""
