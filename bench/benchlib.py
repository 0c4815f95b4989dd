# SPDX-License-Identifier: Apache-2.0
"""What the suites share: how to start node and bramble, time a run, and print the table.

A suite is bench/suites/<name>.py with `run(ctx) -> [(measure, node_value, bramble_value, higher_is_better)]`.
"""
import json, os, subprocess, sys

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
PROGS = os.path.join(BENCH, "programs")


class Context:
    def __init__(self, runs):
        self.runs = runs
        self.bramble = [os.path.join(ROOT, "bramble")]
        self.node = ["node"]


def measure(cmd, cwd=PROGS, env=None):
    """(wall seconds, peak RSS MiB, stdout) of one run of cmd."""
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "p=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
            "w=time.perf_counter()-t;"
            "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024);"
            "print(p.stdout,end='');sys.stderr.write(p.stderr);sys.exit(p.returncode)")
    p = subprocess.run([sys.executable, "-c", code] + cmd, capture_output=True, text=True, cwd=cwd,
                       env={**os.environ, **(env or {})})
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr}")
    first, _, out = p.stdout.partition("\n")
    wall, rss = map(float, first.split())
    return wall, rss, out


def json_result(cmd, key, cwd=PROGS, env=None):
    """Runs a program that prints one JSON line and returns its `key`."""
    return float(json.loads(measure(cmd, cwd, env)[2].strip().splitlines()[-1])[key])


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def print_table(rows):
    print(f"{'measure':50} {'node':>12} {'bramble':>12} {'bramble/node':>13}")
    for name, nv, bv, _higher in rows:
        ratio = f"{bv / nv:12.2f}x" if nv else f"{'n/a':>13}"
        nodes = f"{nv:12.3f}" if nv is not None else f"{'-':>12}"
        print(f"{name:50} {nodes} {bv:12.3f} {ratio}")
