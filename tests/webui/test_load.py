"""The mixed load scenario (benchmarks/load.py) runs briefly on both databases: zero errors.

No timing is asserted (the machine is shared; figures belong to the benchmark's printed report,
which this test shows in the test run's output). The run is bounded: 20 s of load per database,
after the demo site has started.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 20


def _pg_or_skip() -> None:
    from tests.library.conftest import _pg_problem

    problem = _pg_problem()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is not reachable ({problem}); CI must run the load test on it")
        pytest.skip(f"PostgreSQL is not reachable ({problem})")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_mixed_load_has_no_errors(backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = dict(os.environ)
    if backend == "postgresql":
        _pg_or_skip()
        from tests.library.conftest import PG_URL

        env.setdefault("PHOEI_LOAD_DATABASE_URL", PG_URL)
    out = tmp_path / "load.json"
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load.py"), "--backend", backend,
                           "--seconds", str(SECONDS), "--citizens", "8", "--json", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    report = proc.stdout[proc.stdout.find(f"\n{backend}:"):] if f"\n{backend}:" in proc.stdout else proc.stdout
    with capsys.disabled():
        print(report)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    result = json.loads(out.read_text())[backend]
    public = result["public"]
    assert public["requests"] > 0, report
    assert {"home", "folder", "item", "search", "download"} <= set(result["kinds"]), report
    # staff wrote while citizens read
    assert result["kinds"].get("staff: login", {}).get("requests", 0) >= 2, report
    # the CPU accounting found the site's processes (and, on PostgreSQL, its database connections)
    assert result["cpu_s"]["web"] > 0, report
    assert (result["cpu_s"]["database"] > 0) == (backend == "postgresql"), report
    assert result["errors"] == 0, f"{result['failures']}\n{report}"
    assert proc.returncode == 0
