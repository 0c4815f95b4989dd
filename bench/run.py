#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs the same programs under node and bramble on this machine and prints ratios (bramble / node).

Usage: bench/run.py [--runs N] [SUITE ...]. Each file in bench/suites/ is one suite (run them all,
or name some: `bench/run.py core http`). Builds Bramble first if needed (through ./bramble).
Figures are for the machine they ran on; quote them with it. Never used as a timed unit test.
"""
import importlib.util, os, platform, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402


def load_suites(names):
    folder = os.path.join(benchlib.BENCH, "suites")
    found = sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py") and not f.startswith("_"))
    for name in names or found:
        if name not in found:
            sys.exit(f"no suite {name!r}; suites: {', '.join(found)}")
        spec = importlib.util.spec_from_file_location(name, os.path.join(folder, name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        yield name, mod


def main():
    args = [a for a in sys.argv[1:]]
    runs = 5
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    ctx = benchlib.Context(runs)
    subprocess.run(ctx.bramble + ["-e", "0"], check=True)  # build on first use, outside the timings
    rows = []
    for name, suite in load_suites(args):
        print(f"running {name} ...", file=sys.stderr)
        rows += suite.run(ctx)
    jit = subprocess.run(ctx.bramble + ["--version"], capture_output=True, text=True).stdout
    node_v = subprocess.run(ctx.node + ["-v"], capture_output=True, text=True).stdout.strip()
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, {platform.platform()}; node {node_v}")
    print("bramble: " + " | ".join(l for l in jit.splitlines() if l.startswith(("bramble", "jit"))))
    benchlib.print_table(rows)


if __name__ == "__main__":
    main()
