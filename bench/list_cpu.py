"""CPU per request, in-process: the outstanding list drawn afresh, the app shell and the floor.

    python -m bench.seed --actions 50000 --database-url URL      # once
    python -m bench.list_cpu --database-url URL [--requests 100] [--rounds 6] [--profile FILE]

The requests go through each app's WSGI callable with Flask's test client (no server, no network),
signed in as the bench chair, with the page cache off (CACHE_TYPE=NullCache): every list is drawn
as the first person after a change meets it. Each round times `--requests` of the list, of
/healthz (signed in) and of the floor (bench/floor.py) in turn with time.process_time, so a machine
shared with other work (where requests per second mean little) still gives comparable figures;
the smallest of the rounds is the one least disturbed. To compare two checkouts, run this in each,
alternately or at the same time. `--profile FILE` writes a cProfile of the list's requests instead.
"""
from __future__ import annotations

import argparse
import os
import re
import time

from bench.outstanding import LIST_PATH, SHELL_PATH, USER_AGENT
from bench.seed import BENCH_EMAIL, BENCH_PASSWORD

HEADERS = {"User-Agent": USER_AGENT}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--requests", type=int, default=100, help="requests of each kind per round")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--profile", help="write a cProfile of the list's requests here instead")
    return parser.parse_args(argv)


def signed_in_client(database_url: str):
    """The app with its page cache off, and a test client signed in as the bench chair."""
    from bench.floor import _engine_url
    from config import DevelopmentConfig
    from tracker import create_app

    app = create_app(DevelopmentConfig, SQLALCHEMY_DATABASE_URI=_engine_url(database_url), CACHE_TYPE="NullCache",
                     SCHEDULER_ENABLED=False, SECRET_KEY="bench-only-secret")
    client = app.test_client()
    form = client.get("/sign-in", headers=HEADERS).text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    client.post("/sign-in", data={"csrf_token": token, "email": BENCH_EMAIL, "password": BENCH_PASSWORD},
                headers=HEADERS)
    page = client.get(LIST_PATH, headers=HEADERS)
    if page.status_code != 200 or "Outstanding actions" not in page.text:
        raise SystemExit(f"Signing in as {BENCH_EMAIL} failed: run `python -m bench.seed` on this database first.")
    return client


def cpu_ms(client, path: str, requests: int, headers=None) -> float:
    """CPU milliseconds per request, after a few untimed ones."""
    for _ in range(10):
        client.get(path, headers=headers)
    started = time.process_time()
    for _ in range(requests):
        response = client.get(path, headers=headers)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    return (time.process_time() - started) * 1000 / requests


def main(argv=None) -> int:
    args = parse_args(argv)
    client = signed_in_client(args.database_url)
    if args.profile:
        import cProfile

        cpu_ms(client, LIST_PATH, 10, HEADERS)
        cProfile.runctx("cpu_ms(client, LIST_PATH, args.requests, HEADERS)", globals(), locals(), args.profile)
        return 0
    from bench.floor import create_floor_app

    floor = create_floor_app(args.database_url).test_client()
    rounds: dict[str, list[float]] = {"list afresh": [], "app shell": [], "floor": []}
    for _ in range(args.rounds):
        rounds["list afresh"].append(cpu_ms(client, LIST_PATH, args.requests, HEADERS))
        rounds["app shell"].append(cpu_ms(client, SHELL_PATH, args.requests, HEADERS))
        rounds["floor"].append(cpu_ms(floor, "/", args.requests))
    for name, figures in rounds.items():
        print(f"{name:<12} CPU {min(figures):5.2f} ms a request (median of {args.rounds} rounds "
              f"{sorted(figures)[len(figures) // 2]:.2f})")
    print(f"List afresh at {min(rounds['list afresh']) / min(rounds['floor']):.1f} x the floor's CPU "
          f"(goal: about 3.3 x); load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
