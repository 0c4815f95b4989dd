# SPDX-License-Identifier: Apache-2.0
"""Simulated GPIO: edge-to-callback latency p50/p99 and output toggles/s (Bramble only: Node +
onoff needs a real GPIO chip, so these rows have no node figure)."""
import json
from benchlib import measure, median

FLAGS = ["--allow-gpio", "--board", "sim"]


def run(ctx):
    results = [json.loads(measure(ctx.bramble + FLAGS + ["gpio-latency.js"])[2].strip().splitlines()[-1])
               for _ in range(3)]
    pick = lambda k: median([float(r[k]) for r in results])
    return [("sim GPIO edge->callback p50 us (bramble only)", None, pick("p50us"), False),
            ("sim GPIO edge->callback p99 us (bramble only)", None, pick("p99us"), False),
            ("sim GPIO output toggles/s (bramble only)", None, pick("togglesPerSecond"), True)]
