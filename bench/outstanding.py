"""Benchmark the outstanding actions list against a floor, and time a 50,000-row CSV export.

    python -m bench.seed --actions 50000 --database-url URL      # once
    python -m bench.outstanding --database-url URL [--duration 15] [--rounds 2]

In one run: the app under gunicorn (2 sync workers), the same app with its page cache off
(CACHE_TYPE=NullCache), and the floor app (bench/floor.py), each with 2 workers, are started on
loopback ports against the same database; wrk (Debian's `wrk`) then loads the list page (overdue
only, 25 rows, by due date, signed in as the bench chair) and the floor in turn, `--rounds` times,
and reports requests per second and p50/p95/p99 latency for each and the list-to-floor ratios: the
summary line "List at R x the floor" gives the page drawn afresh (goal 0.3 or better), then the
kept copy (goal 0.6). "list" is what a chair reloading the page is served, the copy kept until
something on it changes (tracker/core/page_cache.py); "afresh" is the page drawn every time, what
the first view after a change costs. The app's cheapest signed-in route (/healthz with the
session cookie) is measured too: the cost of the app's request shell (session, sign-in, hooks)
that every page pays before it does anything. Each server's workers' CPU time is read from /proc
around every measurement, so "CPU ms per request" stays meaningful on a machine shared with other
work, where requests per second do not. Last, every action is downloaded as CSV and as XLSX while
the worker's memory is sampled (CSV goal: at most 3 s, memory flat).

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
SHELL_PATH = "/healthz"
EXPORT_PATHS = {"CSV": "/reports/outstanding.csv?status=all", "XLSX": "/reports/outstanding.xlsx?status=all"}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="default: DATABASE_URL, else SQLite under instance/")
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per measurement")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="list and floor measured in turn, this often")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--skip-shell", action="store_true", help="do not measure the signed-in /healthz")
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

    def cpu_seconds(self) -> float:
        """User and system CPU time of the workers so far (/proc/PID/stat, fields 14 and 15)."""
        total = 0
        for pid in self.worker_pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()


# --- measuring -----------------------------------------------------------------------------------


USER_AGENT = "tracker-bench"  # the same on every request, as one browser's would be


def sign_in(base: str) -> str:
    """Sign in as the bench chair like a browser would; return the session cookie header.

    The cookie is taken after a first page as well as the sign-in, as a browser keeps it: that
    page puts the CSRF token in the session, and a cookie without it would make every measured
    request write a new session cookie, which no browser does."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("User-Agent", USER_AGENT)]
    form = opener.open(base + "/sign-in", timeout=10).read().decode()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"', form)
    if token is None:
        sys.exit("Could not find the sign-in form's CSRF token.")
    data = urllib.parse.urlencode({"csrf_token": token.group(1) or token.group(2), "email": BENCH_EMAIL,
                                   "password": BENCH_PASSWORD}).encode()
    opener.open(base + "/sign-in", data=data, timeout=10).read()
    with opener.open(base + LIST_PATH, timeout=30) as response:
        page = response.read().decode()
        if response.status != 200 or "Outstanding actions" not in page or "sign-in" in response.url:
            sys.exit(f"Signing in as {BENCH_EMAIL} failed: run `python -m bench.seed` on this database first.")
    return "; ".join(f"{item.name}={item.value}" for item in jar)


def wrk(wrk_path: str, server: Server, path: str, args, cookie: str | None = None) -> dict:
    """Load one URL; wrk's figures plus the server's worker CPU milliseconds per request."""
    url = server.base + path
    command = [wrk_path, "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s",
               "--timeout", "10s", "-s", str(Path(__file__).with_name("wrk_report.lua"))]
    command += ["-H", f"User-Agent: {USER_AGENT}"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    cpu_before = server.cpu_seconds()
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True,
                            timeout=args.duration + 60).stdout
    cpu = server.cpu_seconds() - cpu_before
    figures = {key: float(value) for key, value in re.findall(r"^(\w+) ([\d.]+)$", output, re.M)}
    figures["cpu_ms"] = cpu * 1000 / max(figures["requests"], 1)
    return figures


def describe(name: str, figures: dict) -> str:
    return (f"{name:<6} {figures['rps']:8.1f} req/s   p50 {figures['p50_us'] / 1000:6.1f} ms   "
            f"p95 {figures['p95_us'] / 1000:6.1f} ms   p99 {figures['p99_us'] / 1000:6.1f} ms   "
            f"CPU {figures['cpu_ms']:5.1f} ms/request   "
            f"({int(figures['requests'])} requests, {int(figures['errors'])} errors)")


def rss_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) if found else 0


def time_export(server: Server, cookie: str, path: str) -> dict:
    """Download every action; sample the workers' memory and CPU time as it streams."""
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
    request = urllib.request.Request(server.base + path, headers={"Cookie": cookie, "User-Agent": USER_AGENT})
    cpu_before = server.cpu_seconds()
    started = time.perf_counter()
    first_byte, size, lines = None, 0, 0
    with urllib.request.urlopen(request, timeout=120) as response:
        while chunk := response.read(64 * 1024):
            first_byte = first_byte or time.perf_counter() - started
            size += len(chunk)
            lines += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    cpu = server.cpu_seconds() - cpu_before
    sampling = False
    sampler.join()
    growth = max((peaks[pid] - before[pid] for pid in workers), default=0)
    return {"seconds": elapsed, "cpu_seconds": cpu, "first_byte": first_byte or elapsed, "bytes": size, "lines": lines,
            "rss_growth_mib": growth / 1024, "rss_mib": max(peaks.values(), default=0) / 1024}


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def main(argv=None) -> int:
    args = parse_args(argv)
    wrk_path = ensure_wrk()
    url = database_url(args)
    env = {"DATABASE_URL": url, "BENCH_DATABASE_URL": url, "SCHEDULER_ENABLED": "0",
           "TRACKER_CONFIG": "development", "SECRET_KEY": "bench-only-secret", "PYTHONPATH": str(ROOT)}
    app = Server("Tracker", "wsgi:app", env, args.workers)
    # The same app with the page cache off: what the list costs when it has to be drawn (the first
    # view after any change), measured beside the kept copy every other view is served.
    afresh = Server("Tracker without the page cache", "wsgi:app", {**env, "CACHE_TYPE": "NullCache"}, args.workers)
    floor = Server("floor", "bench.floor:create_floor_app()", env, args.workers)
    try:
        app.wait_until_ready("/healthz")
        afresh.wait_until_ready("/healthz")
        floor.wait_until_ready("/")
        cookie = sign_in(app.base)
        afresh_cookie = sign_in(afresh.base)
        print(f"Database: {url}\nCPUs: {os.cpu_count()}; load average before: {load_average()}")
        print(f"Load: wrk, {args.threads} threads, {args.connections} connections, {args.duration} s each; "
              f"gunicorn, {args.workers} sync workers each\nList: {LIST_PATH}\n")
        targets = [("list", app, LIST_PATH, cookie), ("floor", floor, "/", None),
                   ("afresh", afresh, LIST_PATH, afresh_cookie)]
        if not args.skip_shell:
            targets.append(("shell", app, SHELL_PATH, cookie))
        warm_up = argparse.Namespace(**{**vars(args), "duration": 3})
        for _name, server, path, target_cookie in targets:
            wrk(wrk_path, server, path, warm_up, target_cookie)
        measured: dict[str, list[dict]] = {name: [] for name, *_rest in targets}
        for round_number in range(1, args.rounds + 1):
            for name, server, path, target_cookie in targets:
                measured[name].append(wrk(wrk_path, server, path, args, target_cookie))
                print(f"round {round_number}  " + describe(name, measured[name][-1]))

        def median(name, key):
            return statistics.median(item[key] for item in measured[name])

        print(f"\nList at {median('afresh', 'rps') / median('floor', 'rps'):.2f} x the floor's requests per second "
              f"drawn afresh (goal: 0.30 or better; the kept copy a reload is served, "
              f"{median('list', 'rps') / median('floor', 'rps'):.2f} x, goal 0.60); "
              f"CPU per request {median('afresh', 'cpu_ms'):.1f} ms afresh ({median('list', 'cpu_ms'):.1f} ms kept) against the floor's "
              f"{median('floor', 'cpu_ms'):.1f} ms" + (f" and the app shell's {median('shell', 'cpu_ms'):.1f} ms."
                                                       if "shell" in measured else "."))
        if not args.skip_export:
            for kind, path in EXPORT_PATHS.items():
                export = time_export(app, cookie, path)
                rows = export["lines"] - 1 if kind == "CSV" else "all"
                print(f"{kind} export of {rows if isinstance(rows, str) else f'{rows:,}'} rows: "
                      f"{export['bytes'] / 1e6:.1f} MB in {export['seconds']:.2f} s "
                      f"(first bytes after {export['first_byte']:.2f} s; worker CPU {export['cpu_seconds']:.2f} s); "
                      f"worker memory grew {export['rss_growth_mib']:.1f} MiB (peak {export['rss_mib']:.0f} MiB)."
                      + (" Goal: at most 3 s, flat." if kind == "CSV" else ""))
        print(f"Load average after: {load_average()}")
    finally:
        app.stop()
        afresh.stop()
        floor.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
