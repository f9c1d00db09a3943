"""A fresh clone holds every file the README's two commands need.

Clones the committed repository into a temporary folder and runs the set-up steps `make run`
performs there: front-end packages from the lock file, the asset build, the migrations on a new
SQLite database and the demo data. The Python requirements are resolved against the package index
(pip --dry-run), so a pin that cannot be installed fails here rather than on a new machine.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(command, cwd, env=None):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    target = tmp_path_factory.mktemp("clone") / "tracker"
    run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(target)], cwd=ROOT)
    return target


def test_requirements_resolve_and_install(clone):
    run([sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
         "-r", "requirements-dev.txt"], cwd=clone)


def test_fresh_clone_builds_assets_migrates_and_loads_demo(clone):
    run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=clone)
    run(["npm", "run", "--silent", "build"], cwd=clone)
    assert (clone / "static" / "build" / "tracker.css").stat().st_size > 10_000
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "TRACKER_CONFIG")}
    env.update(FLASK_APP="wsgi", SCHEDULER_ENABLED="0")
    flask = [sys.executable, "-m", "flask"]
    run([*flask, "db", "upgrade"], cwd=clone, env=env)
    output = run([*flask, "demo", "load"], cwd=clone, env=env)
    assert "chair@example.org" in output
    assert (clone / "instance" / "tracker.db").exists()
