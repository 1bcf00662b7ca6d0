"""Dashboard tests: Streamlit AppTest against a seeded database, and headless Chromium."""
