"""supportbench: how easy is it for a shopper to get help on a store, compared with competitors?

The pipeline, one module per stage: spec → browser → agent → measures → store → report.
"""

from pathlib import Path

__version__ = "0.1.0"
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"  # lexicon, chat vendors, facts, channels, audits, numbers…

__all__ = ["DATA_DIR", "PACKAGE_DIR", "__version__"]
