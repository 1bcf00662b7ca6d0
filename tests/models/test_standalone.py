"""models/ stands alone: every module imports without the application (monitor) coming along."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import importlib, pkgutil, sys
import models
names = sorted(m.name for m in pkgutil.iter_modules(models.__path__, "models.") if not m.ispkg)
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m == "monitor" or m.startswith("monitor."))
print(len(names), ",".join(leaked))
"""


def test_models_import_without_monitor() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    count, leaked = done.stdout.strip().split(" ", 1) if " " in done.stdout.strip() else (done.stdout.strip(), "")
    assert int(count) >= 10, "the probe should have imported every models module"
    assert leaked == "", f"models/ pulled in the application: {leaked}"


def test_the_config_converts_to_the_models_plain_settings() -> None:
    from models.settings import ModelSettings, TopicSpec
    from monitor.config import ModelConfig, TopicConfig, topic_specs

    settings = ModelConfig(languages=["nl", "de"], topic_threshold=2.5, precision="fp32").settings()
    assert settings == ModelSettings(languages=("nl", "de"), topic_threshold=2.5, precision="fp32")
    topic = TopicConfig(name="delivery", description="levering", examples=["pakket kwam laat"])
    assert topic_specs([topic]) == (TopicSpec("delivery", "levering", ("pakket kwam laat",)),)
    assert topic_specs(None) is None and topic_specs([]) is None
