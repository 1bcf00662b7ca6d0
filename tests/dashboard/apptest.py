"""Helpers to read what an AppTest run shows: metrics by label, dataframes by key, chart specs and data."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import yaml
from streamlit.testing.v1 import AppTest

from monitor.config import load_config
from tests.dashboard.seed import APP, Seeded

PAGES = {"overview": "views/overview.py", "topics": "views/topics.py", "mentions": "views/mentions.py",
         "alerts": "views/alerts.py", "check": "views/check.py"}


def open_app(query: dict[str, str] | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update(query or {})
    at.run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(PAGES[page]).run()
        assert not at.exception, at.exception
    return at


def metric(at: AppTest, label: str) -> Any:
    found = [m for m in at.metric if m.label == label]
    assert found, f"no metric {label!r}; shown: {[m.label for m in at.metric]}"
    return found[0]


def frame(at: AppTest, *columns: str) -> pd.DataFrame:
    """The first dataframe shown that has all these columns (plain dataframes carry no key)."""
    found = [d.value for d in at.dataframe if set(columns) <= set(d.value.columns)]
    assert found, f"no dataframe with columns {columns}; shown: {[list(d.value.columns) for d in at.dataframe]}"
    return found[0]


def charts(at: AppTest) -> list[Any]:
    return list(at.get("vega_lite_chart"))


def chart_title(chart: Any) -> dict[str, Any]:
    return json.loads(chart.proto.spec)["title"]


def chart_data(chart: Any) -> list[pd.DataFrame]:
    return [pa.ipc.open_stream(d.data.data).read_pandas() for d in chart.proto.datasets]


def texts(at: AppTest) -> list[str]:
    """Everything shown by st.text, st.code and st.caption."""
    return [e.value for e in (*at.text, *at.code, *at.caption)]


def copy_seeded(seeded: Seeded, folder: Path) -> Seeded:
    """A private copy of a seeded database, for tests that write (feedback, handled marks)."""
    folder.mkdir(parents=True, exist_ok=True)
    source_db = seeded.config.database_url().removeprefix("sqlite:///")
    target_db = folder / "copy.db"
    with sqlite3.connect(source_db) as src, sqlite3.connect(target_db) as dst:
        src.backup(dst)
    data = yaml.safe_load(seeded.config_file.read_text(encoding="utf-8"))
    data["storage"] = {"url": f"sqlite:///{target_db}"}
    file = folder / "config.yaml"
    file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    shutil.copymode(seeded.config_file, file)
    return Seeded(file, load_config(file))
