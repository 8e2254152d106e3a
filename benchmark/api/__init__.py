"""What the CLI and users' own scripts call. Each function loads, runs and writes; none of
them prints, so they can be used from notebooks and schedulers too.

    from benchmark import api
    result = api.run_benchmark(Path("benchmark.yaml"))
    print(result.run.status, result.outputs["html"])

Importing this package does not import Playwright: only the functions that start a browser
do, so reading, re-measuring and reporting saved runs work without one.
"""

from benchmark.api.inputs import (
    DEFAULT_RESULTS_DIR,
    Inputs,
    list_scenarios,
    load_inputs,
    total_scenario_results,
)
from benchmark.api.people import (
    add_contact,
    contact_summary,
    human_evidence,
    import_session_files,
    record_session,
)
from benchmark.api.runs import (
    RunResult,
    ensure_browser,
    report,
    resume_run,
    run_benchmark,
    run_demo,
)
from benchmark.demo.server import DEMO_BENCHMARK, DemoServer
from benchmark.store.rundir import read_run

__all__ = [
    "DEFAULT_RESULTS_DIR",
    "DEMO_BENCHMARK",
    "DemoServer",
    "Inputs",
    "RunResult",
    "add_contact",
    "contact_summary",
    "ensure_browser",
    "human_evidence",
    "import_session_files",
    "list_scenarios",
    "load_inputs",
    "read_run",
    "record_session",
    "report",
    "resume_run",
    "run_benchmark",
    "run_demo",
    "total_scenario_results",
]
