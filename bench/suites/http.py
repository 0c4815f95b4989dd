# SPDX-License-Identifier: Apache-2.0
"""HTTP hello world requests/s under wrk (programs/http-hello.js, same handler under node and
bramble; same connections, threads and duration for both), after a warm-up run that lets the JIT
compile the request path. Also the server's RSS at the end (MiB)."""
import json, os, re, shutil, subprocess

from benchlib import PROGS, median

CONNECTIONS, THREADS, SECONDS, WARMUP = 32, 2, 10, 30


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024


def serve_and_load(cmd):
    server = subprocess.Popen(cmd, cwd=PROGS, stdout=subprocess.PIPE, text=True)
    try:
        port = json.loads(server.stdout.readline())["port"]
        url = f"http://127.0.0.1:{port}/"
        subprocess.run(["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{WARMUP}s", url], check=True,
                       capture_output=True)
        out = subprocess.run(["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", url],
                             check=True, capture_output=True, text=True).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)", out)
        if errors:
            raise SystemExit(f"http suite: wrk saw errors against {' '.join(cmd)}:\n{out}")
        p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
        scale = {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)]
        return rps, float(p50.group(1)) * scale, rss_mib(server.pid)
    finally:
        server.terminate()
        server.wait(30)


def run(ctx):
    if not shutil.which("wrk"):
        raise SystemExit("http suite: wrk is not installed (apt-get install wrk)")
    runs = max(1, min(ctx.runs, 3))
    node = [serve_and_load(ctx.node + ["http-hello.js"]) for _ in range(runs)]
    bramble = [serve_and_load(ctx.bramble + ["--allow-net", "--allow-env", "http-hello.js"]) for _ in range(runs)]
    return [
        (f"HTTP hello requests/s (wrk -c{CONNECTIONS}, {SECONDS}s)", median([r[0] for r in node]),
         median([r[0] for r in bramble]), True),
        ("HTTP hello p50 latency ms", median([r[1] for r in node]), median([r[1] for r in bramble]), False),
        ("HTTP server RSS after load MiB", median([r[2] for r in node]), median([r[2] for r in bramble]), False),
    ]
