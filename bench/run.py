#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs the same programs under node and bramble on this machine and prints ratios (bramble / node).

Usage: bench/run.py [--runs N]. Builds Bramble first if needed (through ./bramble). Figures are for
the machine they ran on; quote them with it. Never used as a timed unit test.
"""
import json, os, platform, resource, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGS = os.path.join(ROOT, "bench", "programs")
RUNS = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5




def measure(cmd):
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "p=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
            "w=time.perf_counter()-t;"
            "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024);"
            "print(p.stdout,end='');sys.exit(p.returncode)")
    p = subprocess.run([sys.executable, "-c", code] + cmd, capture_output=True, text=True, cwd=PROGS)
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr}")
    first, _, out = p.stdout.partition("\n")
    wall, rss = map(float, first.split())
    return wall, rss, out


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main():
    bramble = [os.path.join(ROOT, "bramble")]
    subprocess.run(bramble + ["-e", "0"], check=True)  # build on first use, outside the timings
    node = ["node"]
    rows = []
    for name, prog in [("hello-world startup", "hello.js")]:
        n = [measure(node + [prog]) for _ in range(RUNS)]
        b = [measure(bramble + [prog]) for _ in range(RUNS)]
        nw, bw = median([x[0] for x in n]), median([x[0] for x in b])
        nr, br = median([x[1] for x in n]), median([x[1] for x in b])
        rows.append((f"{name}: wall s", nw, bw))
        rows.append((f"{name}: peak RSS MiB", nr, br))
    for name, prog, key, higher_better in [("loop ticks/s (1M setImmediate+promise)", "loop-ticks.js", "perSecond", True),
                                           ("fib(27) steady-state ms", "cpu.js", "bestMs", False)]:
        nv = median([float(json.loads(measure(node + [prog])[2])[key]) for _ in range(3)])
        bv = median([float(json.loads(measure(bramble + [prog])[2])[key]) for _ in range(3)])
        rows.append((name, nv, bv))
    jit = subprocess.run(bramble + ["--version"], capture_output=True, text=True).stdout
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, {platform.platform()}; node {subprocess.run(node + ['-v'], capture_output=True, text=True).stdout.strip()}")
    print("bramble: " + " | ".join(l for l in jit.splitlines() if l.startswith(("bramble", "jit"))))
    print(f"{'measure':45} {'node':>12} {'bramble':>12} {'bramble/node':>13}")
    for name, nv, bv in rows:
        print(f"{name:45} {nv:12.3f} {bv:12.3f} {bv / nv if nv else float('nan'):12.2f}x")


if __name__ == "__main__":
    main()
