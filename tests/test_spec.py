"""Bad benchmark and scenario files give one clear error naming file, line and field."""

import pytest

from benchmark.errors import SpecError
from benchmark.measure.extract import FACT_NAMES
from benchmark.spec.models import (
    DEFAULT_SCENARIOS_DIR,
    load_benchmark,
    load_scenario,
    scenario_library,
)

from .conftest import write

GOOD = """\
name: Test
your_store:
  name: Mine
  start_url: http://127.0.0.1:9/
competitors:
  - name: Theirs
    start_url: https://theirs.example/
"""


@pytest.fixture
def load(lexicon, tmp_path):
    def scenarios_in(folder):
        return scenario_library(folder, lexicon.intents, set(FACT_NAMES))

    def _load(text: str):
        return load_benchmark(write(tmp_path / "bench.yaml", text), scenarios_in)

    return _load


def test_good_file_loads_every_scenario_weightiest_first(load):
    loaded = load(GOOD)
    assert [s.name for s in loaded.spec.sites] == ["Mine", "Theirs"]
    weights = [s.weight for s in loaded.scenarios]
    assert len(loaded.scenarios) == 10 and weights == sorted(weights, reverse=True)
    assert loaded.spec.politeness.robots_txt is True


def test_unknown_key_is_an_error_with_its_line(load):
    with pytest.raises(SpecError) as err:
        load(GOOD + "politness:\n  robots_txt: false\n")
    assert str(err.value).endswith("bench.yaml:8: politness: unknown field (check the spelling)")


def test_bad_url_points_at_the_field(load):
    with pytest.raises(SpecError) as err:
        load(GOOD.replace("https://theirs.example/", "theirs.example"))
    assert ":7: competitors[0].start_url:" in str(err.value)
    assert "not an http(s) URL" in str(err.value)


def test_a_country_that_is_not_a_two_letter_code_is_named_as_such(load):
    with pytest.raises(SpecError) as err:
        load(GOOD.replace("https://theirs.example/", "https://theirs.example/\n    country: Chile"))
    assert "competitors[0].country: 'Chile' is not a two-letter country code" in str(err.value)


def test_unknown_scenario_lists_the_known_ones(load):
    with pytest.raises(SpecError) as err:
        load(GOOD + "scenarios: [returns-policy, retruns]\n")
    message = str(err.value)
    assert ":8: scenarios[1]: unknown scenario 'retruns'" in message
    assert "returns-policy" in message


def test_malformed_yaml_gives_its_line(load):
    with pytest.raises(SpecError) as err:
        load(GOOD + "devices: [desktop, mobile\n")
    assert "bench.yaml:" in str(err.value) and "invalid YAML" in str(err.value)


def test_duplicate_site_names_refused(load):
    with pytest.raises(SpecError, match="site names must be unique"):
        load(GOOD.replace("Theirs", "Mine"))


@pytest.mark.parametrize("text", ["", "just a string\n", "- a\n- list\n"])
def test_empty_or_wrong_shape(load, text):
    with pytest.raises(SpecError):
        load(text)


def test_missing_file(lexicon, tmp_path):
    with pytest.raises(SpecError, match="file not found"):
        load_benchmark(tmp_path / "nope.yaml", lambda folder: {})


def test_scenario_id_must_match_file_name(lexicon, tmp_path):
    source = (DEFAULT_SCENARIOS_DIR / "contact.yaml").read_text(encoding="utf-8")
    path = write(tmp_path / "contact-us.yaml", source)
    with pytest.raises(SpecError, match="must match the file name"):
        load_scenario(path, lexicon.intents, set(FACT_NAMES))


def test_scenario_with_unknown_intent_and_fact(lexicon, tmp_path):
    source = (DEFAULT_SCENARIOS_DIR / "contact.yaml").read_text(encoding="utf-8")
    path = write(tmp_path / "contact.yaml", source.replace("intent: contact", "intent: kontakt"))
    with pytest.raises(SpecError, match="unknown intent 'kontakt'"):
        load_scenario(path, lexicon.intents, set(FACT_NAMES))
    path.write_text(source.replace("facts: [email, phone,", "facts: [email, fax,"))
    with pytest.raises(SpecError, match=r"contact.yaml:\d+: facts\[1\]: unknown fact 'fax'"):
        load_scenario(path, lexicon.intents, set(FACT_NAMES))
    swap = (DEFAULT_SCENARIOS_DIR / "exchange.yaml").read_text(encoding="utf-8")
    path = write(tmp_path / "exchange.yaml", swap.replace("shared: [returns]", "shared: [retours]"))
    with pytest.raises(SpecError, match=r"success.shared\[0\]: unknown intent 'retours'"):
        load_scenario(path, lexicon.intents, set(FACT_NAMES))


def test_proof_rule_needs_exactly_one_kind(lexicon, tmp_path):
    source = (DEFAULT_SCENARIOS_DIR / "contact.yaml").read_text(encoding="utf-8")
    path = write(
        tmp_path / "contact.yaml", source.replace("- fact: email", "- {fact: email, cue: contact}")
    )
    with pytest.raises(SpecError, match="exactly one of"):
        load_scenario(path, lexicon.intents, set(FACT_NAMES))


def test_bundled_scenarios(scenarios):
    assert set(scenarios) == {
        "returns-policy",
        "contact",
        "live-chat",
        "shipping",
        "faq-help",
        "order-tracking",
        "cancel-order",
        "exchange",
        "gift-card",
        "loyalty-membership",
    }
    for scenario in scenarios.values():
        assert scenario.task and scenario.click_budget >= 5


def test_a_key_written_twice_is_an_error_naming_both_lines(load):
    with pytest.raises(SpecError) as err:
        load(GOOD + "politeness:\n  max_requests_per_second: 5\n  max_requests_per_second: 1\n")
    message = str(err.value)
    assert ":10: politeness.max_requests_per_second:" in message
    assert "written twice (lines 9 and 10)" in message


def test_unknown_device_is_refused_at_load_time_with_the_nearest_names(load):
    with pytest.raises(SpecError) as err:
        load(GOOD + "devices: [desktop, iphone13]\n")
    message = str(err.value)
    assert ":8: devices[1]: unknown device 'iphone13'" in message
    assert "'iPhone 13'" in message
    assert load(GOOD + "devices: [desktop, iPhone 13]\n").spec.devices == ["desktop", "iPhone 13"]


def test_robots_txt_cannot_be_switched_off_for_competitors(load):
    with pytest.raises(SpecError) as err:
        load(GOOD + "politeness:\n  robots_txt: false\n")
    assert ":9: politeness.robots_txt:" in str(err.value)
    alone = GOOD.split("competitors:")[0] + "politeness:\n  robots_txt: false\n"
    assert load(alone).spec.politeness.robots_txt is False
