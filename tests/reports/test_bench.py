"""The benchmark's data generator and floor app keep working (tiny sizes; no load is run here)."""
from __future__ import annotations

import re

from sqlalchemy import create_engine, text

from bench import seed
from bench.floor import create_floor_app
from tests.conftest import london_today


def test_the_bench_seed_fills_a_database_and_will_not_mix_with_existing_actions(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/bench.db"
    sizes = ["--actions", "600", "--groups", "12", "--people", "40", "--organisations", "5", "--database-url", url]
    assert seed.main(sizes) == 0
    engine = create_engine(url)
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM actions")) == 600
        assert connection.scalar(text("SELECT count(*) FROM groups WHERE parent_id IS NOT NULL")) > 0
        assert connection.scalar(text("SELECT count(*) FROM action_updates")) > 0
        overdue = connection.scalar(text(
            "SELECT count(*) FROM actions WHERE status IN ('not_started', 'in_progress') AND due_on < :today"),
            {"today": london_today()})
    assert 0.08 < overdue / 600 < 0.22  # 15% asked for
    assert seed.main(sizes) == 1
    assert "--wipe" in capsys.readouterr().err
    assert seed.main([*sizes, "--keep"]) == 0  # `make bench` seeds once, then reuses
    assert "kept" in capsys.readouterr().out
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM actions")) == 600
    assert seed.main([*sizes, "--wipe"]) == 0

    floor = create_floor_app(url).test_client().get("/")
    assert floor.status_code == 200
    assert floor.text.count("<tr><td>") == min(overdue, 25)
    engine.dispose()


def test_the_in_process_benchmark_draws_the_list_afresh_and_times_it(tmp_path, capsys):
    from bench import list_cpu

    url = f"sqlite:///{tmp_path}/bench.db"
    assert seed.main(["--actions", "300", "--groups", "8", "--people", "30", "--organisations", "4",
                      "--database-url", url]) == 0
    capsys.readouterr()
    assert list_cpu.main(["--database-url", url, "--requests", "2", "--rounds", "1"]) == 0
    printed = capsys.readouterr().out
    for name in ("list afresh", "app shell", "floor"):
        assert re.search(rf"^{name} +CPU +[\d.]+ ms a request", printed, re.M), printed
    assert "x the floor's CPU" in printed
