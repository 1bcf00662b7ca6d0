"""The CLI starts light: --help loads none of the heavy parts, a check of an empty text fails before
any model loads, and a collect with nothing new never loads the model."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.check_input import MAX_CHECK_CHARS, CheckInputError, check_texts, clean_text
from tests.test_cli import make_config

HEAVY = ("torch", "transformers", "scipy", "streamlit", "sqlalchemy", "pydantic", "lingua", "monitor.alerts",
         "monitor.config", "models.classifier")
# Runs the command in a fresh interpreter, then says on stderr which heavy modules it imported.
RUNNER = """
import sys
from monitor.cli import app
try:
    app(sys.argv[1:], prog_name="repwatch")
    code = 0
except SystemExit as exc:
    code = exc.code or 0
heavy = sorted({m.split(".")[0] if not m.startswith(("monitor.", "models.")) else m
                for m in sys.modules} & set(%r))
print("LOADED " + " ".join(heavy), file=sys.stderr)
sys.exit(code)
""" % (HEAVY,)


def fresh(*args: str, stdin: str = "", cwd: Path | None = None) -> tuple[int, str, str, set[str]]:
    done = subprocess.run([sys.executable, "-c", RUNNER, *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, timeout=600)
    lines = done.stderr.strip().splitlines()
    loaded = set(lines[-1].split()[1:]) if lines and lines[-1].startswith("LOADED") else {"?"}
    return done.returncode, done.stdout, "\n".join(lines[:-1]), loaded


def test_help_loads_none_of_the_heavy_parts() -> None:
    code, stdout, _, loaded = fresh("--help")
    assert code == 0 and "check" in stdout and "mentions" in stdout
    assert loaded == set(), f"--help imported {loaded}"


@pytest.mark.parametrize("command", [["check", "--help"], ["mentions", "--help"], ["collect", "--help"]])
def test_command_help_is_light_too(command: list[str]) -> None:
    code, _, _, loaded = fresh(*command)
    # Typer itself converts list options with pydantic; the rest stays unloaded.
    assert code == 0 and loaded <= {"pydantic"}, f"{command} imported {loaded}"


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["check", ""], "", "error: argument: the text is empty (or only spaces); give the words to check"),
    (["check", "   \t "], "", "error: argument: the text is empty (or only spaces); give the words to check"),
    (["check", "fine", " "], "", "error: argument: text 2 is empty (or only spaces); give the words to check"),
    (["check", "-"], "\n\n  \n", "error: stdin: the text is empty (or only spaces); give the words to check"),
    (["check"], "", 'error: give a text: repwatch check "De levering duurde drie weken" (or - for stdin, or --file)'),
])
def test_an_empty_text_is_refused_before_any_model_loads(tmp_path: Path, args: list[str], stdin: str, message: str) -> None:
    code, _, stderr, loaded = fresh(*args, stdin=stdin, cwd=tmp_path)
    assert code == 2
    assert stderr.strip() == message
    assert not loaded & {"torch", "transformers", "lingua", "models.classifier"}, loaded


def test_a_file_of_blank_lines_is_refused_before_any_model_loads(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text("\n   \n\t\n", encoding="utf-8")
    code, _, stderr, loaded = fresh("check", "--file", str(blank), cwd=tmp_path)
    assert code == 2 and stderr.strip() == f"error: {blank}: no text in it; give one text per line"
    assert "torch" not in loaded


def test_every_input_path_cleans_the_text_the_same_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.cli_model import _read_texts

    text = "De levering was twee weken te laat."
    file = tmp_path / "one.txt"
    file.write_text(text + "\r\n\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(text + "\n"))
    from_stdin = _read_texts(["-"], None)
    assert from_stdin == _read_texts([], file) == _read_texts([text + "\n"], None) == [text]


@pytest.mark.parametrize(("texts", "error"), [
    ([], "no text given"),
    (["\n"], "the text is empty (or only spaces); give the words to check"),
    (["a", "x" * (MAX_CHECK_CHARS + 1)], f"text 2 has {MAX_CHECK_CHARS + 1:,} characters, over the {MAX_CHECK_CHARS:,} limit; "
                                          "check a shorter part"),
])
def test_check_texts_refuses(texts: list[str], error: str) -> None:
    with pytest.raises(CheckInputError) as info:
        check_texts(texts)
    assert str(info.value) == error


def test_clean_text_strips_newlines_and_spaces_around_only() -> None:
    assert clean_text("  Eerste zin.\nTweede zin.\n\n") == "Eerste zin.\nTweede zin."
    assert check_texts([" x ", "y\n"]) == ["x", "y"]


def test_a_second_collect_with_nothing_new_does_not_load_the_model(tmp_path: Path) -> None:
    from models.classifier import Classifier  # noqa: F401 - the tiny classifier below needs it
    from monitor.classify import classify_pending, count_unlabelled
    from monitor.config import load_config
    from monitor.storage.store import Store
    from tests.models.tiny import tiny_classifier

    config = make_config(tmp_path, [{"name": "nieuws", "type": "feed", "url": "feed.xml"}])
    code, _, _, _ = fresh("collect", "--config", str(config), "--no-classify")
    assert code == 0
    store = Store(load_config(config).database_url())
    try:
        assert count_unlabelled(store) == 1
        classify_pending(store, tiny_classifier(tmp_path))  # every stored mention labelled
        assert count_unlabelled(store) == 0
    finally:
        store.close()
    code, stdout, stderr, loaded = fresh("collect", "--config", str(config), "--json")
    assert code == 0, stderr
    report = json.loads(stdout)
    assert report["sources"]["nieuws"]["new"] == 0
    assert report["classify"] == {"classified": 0, "from_cache": 0, "model_version": "not loaded: nothing new"}
    assert not loaded & {"torch", "transformers", "lingua", "models.classifier"}, loaded


@pytest.mark.slow
def test_stdin_and_file_give_the_same_result(tmp_path: Path) -> None:
    """The real model: a text piped with its newline scores exactly as the same line in a file."""
    text = "De levering was twee weken te laat."
    file = tmp_path / "one.txt"
    file.write_text(text + "\n", encoding="utf-8")
    piped = fresh("check", "-", "--json", stdin=text + "\n", cwd=tmp_path)
    from_file = fresh("check", "--file", str(file), "--json", cwd=tmp_path)
    assert piped[0] == from_file[0] == 0
    assert json.loads(piped[1]) == json.loads(from_file[1])
    assert json.loads(piped[1])["results"][0]["text"] == text
