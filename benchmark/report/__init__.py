"""Scorecards from a saved run: HTML (self-contained, offline), Markdown and CSV."""

from benchmark.report.render import render_csv, render_html, render_markdown, write_reports

__all__ = ["render_csv", "render_html", "render_markdown", "write_reports"]
