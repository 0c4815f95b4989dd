# SPDX-License-Identifier: Apache-2.0
"""child_process and dgram: spawns/s (execFile and spawnSync of `true`), MB/s through `cat`, UDP round trips/s."""
from benchlib import json_result, median


def run(ctx):
    rows = []
    bramble = ctx.bramble + ["--allow-run", "--allow-net"]
    for name, prog, key, higher in [("execFile('true') per s", "spawn.js", "spawnPerSecond", True),
                                    ("spawnSync('true') per s", "spawn.js", "spawnSyncPerSecond", True),
                                    ("MB/s through cat (stdin->stdout pipes)", "spawn.js", "pipeMBps", True),
                                    ("UDP round trips/s on loopback (64 B)", "udp-pingpong.js", "perSecond", True)]:
        nv = median([json_result(ctx.node + [prog], key) for _ in range(3)])
        bv = median([json_result(bramble + [prog], key) for _ in range(3)])
        rows.append((name, nv, bv, higher))
    return rows
