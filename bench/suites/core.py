# SPDX-License-Identifier: Apache-2.0
"""Startup of hello-world (wall, peak RSS), event-loop turns/s, steady-state CPU-bound JS."""
from benchlib import measure, json_result, median


def run(ctx):
    rows = []
    n = [measure(ctx.node + ["hello.js"]) for _ in range(ctx.runs)]
    b = [measure(ctx.bramble + ["hello.js"]) for _ in range(ctx.runs)]
    rows.append(("hello-world startup: wall s", median([x[0] for x in n]), median([x[0] for x in b]), False))
    rows.append(("hello-world startup: peak RSS MiB", median([x[1] for x in n]), median([x[1] for x in b]), False))
    for name, prog, key, higher in [("loop turns/s (1M setImmediate+promise)", "loop-ticks.js", "perSecond", True),
                                    ("fib(27) steady-state ms", "cpu.js", "bestMs", False)]:
        nv = median([json_result(ctx.node + [prog], key) for _ in range(3)])
        bv = median([json_result(ctx.bramble + [prog], key) for _ in range(3)])
        rows.append((name, nv, bv, higher))
    return rows
