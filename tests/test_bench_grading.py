"""bench/realpages.py grades a first click by the labelled link's text or address: the
same address whatever tracking tags the store adds, never another page."""

import importlib.util
import sys
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "realpages_bench", Path(__file__).parents[1] / "bench" / "realpages.py"
)
assert SPEC and SPEC.loader
bench = importlib.util.module_from_spec(SPEC)
sys.modules[SPEC.name] = bench  # its dataclasses look their module up
SPEC.loader.exec_module(bench)


def test_a_first_click_to_the_labelled_address_counts_whatever_its_tracking_tags():
    labelled = "http://127.0.0.1:8000/account/orders?ref_=header_orders"
    assert bench._same_place("http://127.0.0.1:8000/account/orders?ref_=footer_7", labelled)
    assert bench._same_place("http://127.0.0.1:8000/account/orders/?utm_source=nl", labelled)
    assert not bench._same_place("http://127.0.0.1:8000/account/wishlist?ref_=header", labelled)
    routed = "http://127.0.0.1:8000/index.php?route=information&information_id=4"
    assert bench._same_place(routed + "&utm_medium=footer", routed)
    assert not bench._same_place(routed.replace("_id=4", "_id=6"), routed)
