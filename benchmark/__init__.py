"""supportbench: how easy is it for a shopper to get help on a store, compared with competitors?

The pipeline, one module per stage: spec → browser → agent → measures → store → report.
"""

__version__ = "0.1.0"
# Bump when the agent's behaviour changes in a way that changes measurements: runs made by
# different agent versions are not compared as regressions.
AGENT_VERSION = "1"

__all__ = ["AGENT_VERSION", "__version__"]
