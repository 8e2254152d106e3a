"""Contact details where every shopper sees them: a tel: or mailto: link, or a phone number
or e-mail address written, in the header, footer or menu. They answer the contact task at 0
clicks, whatever the page's heading says."""

from __future__ import annotations

from urllib.parse import unquote

from benchmark.agent.contract import PageView
from benchmark.measure.extract.contact import email, phone
from benchmark.spec.lexicon import CueView
from benchmark.text import clip


def contact_details(view: PageView, cues: CueView) -> tuple[str, str, str] | None:
    """(where, snippet, text to read facts from): a tel: or mailto: link, or a phone number or
    e-mail address written, in the header, footer or menu — where every shopper sees it."""
    linked = [
        link
        for link in view.links
        if link.href.lower().startswith(("tel:", "mailto:"))
        and link.region in ("header", "footer", "nav")
    ]
    lines = [f"{link.text} {unquote(link.href.split(':', 1)[1])}".strip() for link in linked]
    regions = [r for r in ("header", "footer") if view.region_text.get(r)]
    text = "\n".join([*lines, *(view.region_text[r] for r in regions)])
    if linked:
        return linked[0].region, clip(lines[0], 220), text
    for region in regions:
        found = email(view.region_text[region], cues) or phone(view.region_text[region], cues)
        if found is not None:
            return region, found.snippet, text
    return None
