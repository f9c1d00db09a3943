"""Benchmark the outstanding actions list against a floor, and time a 50,000-row CSV export.

    python -m bench.seed --actions 50000 --database-url URL      # once
    python -m bench.outstanding --database-url URL [--duration 15] [--rounds 2]

In one run: the app under gunicorn (2 sync workers) and the floor app (bench/floor.py, also 2
workers) are started on loopback ports against the same database; wrk (Debian's `wrk`) then loads
the list page (overdue only, 25 rows, by due date, signed in as the bench chair) and the floor in
turn, `--rounds` times, and reports requests per second and p50/p95/p99 latency for each and the
list-to-floor ratio (goal: 0.6 or better). Last, one CSV export of every action is downloaded
while the workers' memory is sampled (goal: at most 3 s, memory flat).

A benchmark, not a test: figures depend on the machine. Loopback only; every load is bounded.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.seed import BENCH_EMAIL, BENCH_PASSWORD

ROOT = Path(__file__).resolve().parent.parent
LIST_PATH = "/reports/outstanding?overdue=y&sort=due"
EXPORT_PATH = "/reports/outstanding.csv?status=all"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="default: DATABASE_URL, else SQLite under instance/")
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per measurement")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="list and floor measured in turn, this often")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-export", action="store_true")
    return parser.parse_args(argv)


# --- tools ---------------------------------------------------------------------------------------


def ensure_wrk() -> str:
    """wrk, installed from Debian's packages if it is missing and we may; else say how."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing wrk (Debian package) for the load test...")
        subprocess.run(["apt-get", "update", "-qq"], check=False, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False, stdout=subprocess.DEVNULL,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        found = shutil.which("wrk")
        if found:
            return found
    sys.exit("This benchmark needs wrk, the HTTP load tool. Install it with `sudo apt-get install wrk` "
             "(Debian and Ubuntu) or `brew install wrk` (macOS), then run it again.")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(args) -> str:
    if args.database_url:
        return args.database_url
    from config import Config

    return Config.SQLALCHEMY_DATABASE_URI


class Server:
    """gunicorn with sync workers on a loopback port, stopped (with its workers) on exit."""

    def __init__(self, name: str, app: str, env: dict, workers: int):
        self.name, self.port = name, free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--worker-class", "sync",
             "--bind", f"127.0.0.1:{self.port}", "--log-level", "warning", "--timeout", "120", app],
            cwd=ROOT, env={**os.environ, **env}, start_new_session=True,
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_until_ready(self, path: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"The {self.name} server stopped while starting (exit {self.process.returncode}).")
            try:
                with urllib.request.urlopen(self.base + path, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        sys.exit(f"The {self.name} server did not answer within {seconds} seconds.")

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()


# --- measuring -----------------------------------------------------------------------------------


def sign_in(base: str) -> str:
    """Sign in as the bench chair like a browser would; return the session cookie header."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(base + "/sign-in", timeout=10).read().decode()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"', form)
    if token is None:
        sys.exit("Could not find the sign-in form's CSRF token.")
    data = urllib.parse.urlencode({"csrf_token": token.group(1) or token.group(2), "email": BENCH_EMAIL,
                                   "password": BENCH_PASSWORD}).encode()
    opener.open(base + "/sign-in", data=data, timeout=10).read()
    cookie = "; ".join(f"{item.name}={item.value}" for item in jar)
    check = urllib.request.Request(base + LIST_PATH, headers={"Cookie": cookie})
    with urllib.request.urlopen(check, timeout=30) as response:
        page = response.read().decode()
        if response.status != 200 or "Outstanding actions" not in page or "sign-in" in response.url:
            sys.exit(f"Signing in as {BENCH_EMAIL} failed: run `python -m bench.seed` on this database first.")
    return cookie


def wrk(wrk_path: str, url: str, args, cookie: str | None = None) -> dict:
    command = [wrk_path, "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s",
               "--timeout", "10s", "-s", str(Path(__file__).with_name("wrk_report.lua"))]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True,
                            timeout=args.duration + 60).stdout
    figures = dict(re.findall(r"^(\w+) ([\d.]+)$", output, re.M))
    return {key: float(value) for key, value in figures.items()}


def describe(name: str, figures: dict) -> str:
    return (f"{name:<6} {figures['rps']:8.1f} req/s   p50 {figures['p50_us'] / 1000:6.1f} ms   "
            f"p95 {figures['p95_us'] / 1000:6.1f} ms   p99 {figures['p99_us'] / 1000:6.1f} ms   "
            f"({int(figures['requests'])} requests, {int(figures['errors'])} errors)")


def rss_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) if found else 0


def time_export(server: Server, cookie: str) -> dict:
    """Download every action as CSV; sample the workers' memory as it streams."""
    workers = server.worker_pids()
    before = {pid: rss_kib(pid) for pid in workers}
    peaks = dict(before)
    sampling = True

    def sample():
        while sampling:
            for pid in workers:
                peaks[pid] = max(peaks[pid], rss_kib(pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    request = urllib.request.Request(server.base + EXPORT_PATH, headers={"Cookie": cookie})
    started = time.perf_counter()
    first_byte, size, lines = None, 0, 0
    with urllib.request.urlopen(request, timeout=120) as response:
        while chunk := response.read(64 * 1024):
            first_byte = first_byte or time.perf_counter() - started
            size += len(chunk)
            lines += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    sampling = False
    sampler.join()
    growth = max((peaks[pid] - before[pid] for pid in workers), default=0)
    return {"seconds": elapsed, "first_byte": first_byte or elapsed, "bytes": size, "rows": lines - 1,
            "rss_growth_mib": growth / 1024, "rss_mib": max(peaks.values(), default=0) / 1024}


def main(argv=None) -> int:
    args = parse_args(argv)
    wrk_path = ensure_wrk()
    url = database_url(args)
    env = {"DATABASE_URL": url, "BENCH_DATABASE_URL": url, "SCHEDULER_ENABLED": "0",
           "TRACKER_CONFIG": "development", "SECRET_KEY": "bench-only-secret", "PYTHONPATH": str(ROOT)}
    app = Server("Tracker", "wsgi:app", env, args.workers)
    floor = Server("floor", "bench.floor:create_floor_app()", env, args.workers)
    try:
        app.wait_until_ready("/healthz")
        floor.wait_until_ready("/")
        cookie = sign_in(app.base)
        print(f"Database: {url}")
        print(f"Load: wrk, {args.threads} threads, {args.connections} connections, {args.duration} s each; "
              f"gunicorn, {args.workers} sync workers each\nList: {LIST_PATH}\n")
        for base in (app.base + LIST_PATH, floor.base + "/"):  # warm both up
            wrk(wrk_path, base, argparse.Namespace(**{**vars(args), "duration": 3}), cookie)
        lists, floors = [], []
        for round_number in range(1, args.rounds + 1):
            lists.append(wrk(wrk_path, app.base + LIST_PATH, args, cookie))
            print(f"round {round_number}  " + describe("list", lists[-1]))
            floors.append(wrk(wrk_path, floor.base + "/", args))
            print(f"round {round_number}  " + describe("floor", floors[-1]))
        ratio = statistics.median(item["rps"] for item in lists) / statistics.median(item["rps"] for item in floors)
        print(f"\nList at {ratio:.2f} x the floor's requests per second (goal: 0.60 or better).")
        if not args.skip_export:
            export = time_export(app, cookie)
            print(f"CSV export: {export['rows']:,} rows, {export['bytes'] / 1e6:.1f} MB in {export['seconds']:.2f} s "
                  f"(first bytes after {export['first_byte']:.2f} s); worker memory grew "
                  f"{export['rss_growth_mib']:.1f} MiB (peak {export['rss_mib']:.0f} MiB). Goal: at most 3 s, flat.")
    finally:
        app.stop()
        floor.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
