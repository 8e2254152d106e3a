"""Property: whatever text is put in a benchmark, scenario, lexicon or session file, loading it
either works or raises one SpecError: one line, naming the file. Never another exception.

Inputs are the bundled files mutated (lines deleted, repeated, re-indented, values replaced by
odd YAML, text cut short, random lines inserted) and random YAML documents."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.demo.server import DEMO_BENCHMARK
from benchmark.errors import SpecError
from benchmark.measure.extract import FACT_NAMES
from benchmark.sessions.model import read_session_file
from benchmark.spec.lexicon import DATA_DIR, load_lexicon
from benchmark.spec.models import (
    DEFAULT_SCENARIOS_DIR,
    load_benchmark,
    load_scenario,
    scenario_library,
)

INTENTS = load_lexicon().intents
FACTS = set(FACT_NAMES)
SEEDS = {
    "benchmark": DEMO_BENCHMARK.read_text(encoding="utf-8"),
    "scenario": (DEFAULT_SCENARIOS_DIR / "returns-policy.yaml").read_text(encoding="utf-8"),
    "lexicon": (DATA_DIR / "en.yaml").read_text(encoding="utf-8"),
    "session": json.dumps(
        {
            "api_version": 1,
            "session_id": "20261101-ana-1",
            "tester": "Ana",
            "benchmark": "Demo",
            "spec_hash": "abc123",
            "created_at": "2026-11-01T10:00:00Z",
            "device": "desktop",
            "seed": 7,
            "site_order": ["northwind"],
            "tasks": [
                {
                    "task_id": "t1",
                    "site": "Northwind",
                    "site_slug": "northwind",
                    "scenario_id": "returns-policy",
                    "device": "desktop",
                    "order": 0,
                    "started_at": "2026-11-01T10:00:00Z",
                    "status": "success",
                    "claimed_success": True,
                    "time_s": 42.0,
                    "clicks": 3,
                    "pages": ["http://127.0.0.1/", "http://127.0.0.1/returns"],
                    "seq": 6,
                }
            ],
        },
        indent=2,
    ),
}
FILE_NAMES = {
    "benchmark": "bench.yaml",
    "scenario": "returns-policy.yaml",
    "lexicon": "en.yaml",
    "session": "s.json",
}

# Text that YAML (or JSON) reads in surprising ways.
ODD = st.sampled_from(
    [
        "",
        "~",
        "null",
        "[]",
        "{}",
        "- a",
        "[1, [2",
        "{a: 1",
        "'open",
        '"\\u12"',
        "&a x",
        "*a",
        "*nowhere",
        "!!binary xyz",
        "!!python/object:os.system ls",
        "!!set {a, b}",
        "!!timestamp 2026-13-45",
        "yes",
        "off",
        "0x1F",
        "1e999",
        ".nan",
        "-.inf",
        "9" * 400,
        "\t",
        ":",
        "? a",
        "%YAML 1.1",
        "---",
        "...",
        "|",
        ">-",
        "\x00",
        "\ufeff",
        "\u2028",
        "@",
        "`",
        "\\",
    ]
)
SAFE_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
VALUES = st.one_of(ODD, SAFE_TEXT, st.integers().map(str), st.floats().map(str))


@st.composite
def mutated(draw: st.DrawFn, seed: str) -> str:
    lines = seed.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "repeat", "indent", "value", "insert", "cut"]))
        if op == "delete":
            del lines[i]
        elif op == "repeat":
            lines.insert(i, lines[i])
        elif op == "indent":
            lines[i] = " " * draw(st.integers(0, 9)) + lines[i].lstrip()
        elif op == "value":
            head, sep, _ = lines[i].partition(": ")
            lines[i] = f"{head}{sep or ': '}{draw(VALUES)}"
        elif op == "insert":
            lines.insert(i, draw(st.one_of(VALUES, SAFE_TEXT)))
        else:
            lines = [*lines[:i], lines[i][: draw(st.integers(0, len(lines[i])))]]
    return "\n".join(lines)


def random_documents() -> st.SearchStrategy[str]:
    import yaml

    leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), SAFE_TEXT)
    tree = st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(SAFE_TEXT, inner, max_size=4),
        max_leaves=12,
    )
    return tree.map(lambda data: yaml.safe_dump(data, allow_unicode=True))


def load(kind: str, path: Path) -> None:
    if kind == "benchmark":
        load_benchmark(path, lambda folder: scenario_library(folder, INTENTS, FACTS))
    elif kind == "scenario":
        load_scenario(path, INTENTS, FACTS)
    elif kind == "lexicon":
        load_lexicon(path.parent)
    else:
        read_session_file(path)


def assert_clear_error_or_success(kind: str, text: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAMES[kind]
    path.write_text(text, encoding="utf-8")
    try:
        load(kind, path)
    except SpecError as exc:
        message = str(exc)
        assert "\n" not in message and "\r" not in message, message
        assert message.startswith(str(path)) or message.startswith(str(folder)), message
        assert len(message) < 600, message


KINDS = st.sampled_from(sorted(SEEDS))
FAST = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FAST
@given(data=st.data(), kind=KINDS)
def test_mutated_files_load_or_give_one_clear_error(tmp_path_factory, data, kind):
    text = data.draw(mutated(SEEDS[kind]))
    assert_clear_error_or_success(kind, text, tmp_path_factory.mktemp(kind))


@FAST
@given(kind=KINDS, text=st.one_of(random_documents(), SAFE_TEXT, ODD))
def test_random_documents_load_or_give_one_clear_error(tmp_path_factory, kind, text):
    assert_clear_error_or_success(kind, text, tmp_path_factory.mktemp(kind))


def test_the_cli_turns_a_bad_file_into_exit_2_and_one_line(tmp_path):
    bad = tmp_path / "bench.yaml"
    bad.write_text(SEEDS["benchmark"].replace("devices:", "devices: [desktop\n"), "utf-8")
    result = CliRunner().invoke(app, ["run", str(bad), "--results-dir", str(tmp_path)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(bad) in lines[0] and "Traceback" not in result.output
