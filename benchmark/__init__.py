"""supportbench: how easy is it for a shopper to get help on a store, compared with competitors?

The pipeline, one module per stage: spec → browser → agent → measures → store → report.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
