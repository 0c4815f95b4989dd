# SPDX-License-Identifier: Apache-2.0
"""File copy through fs streams (64 MiB, createReadStream().pipe(createWriteStream())), MiB/s, and
gzip/gunzip stream throughput (32 MiB of text in memory), MiB/s."""
import tempfile

from benchlib import json_result, median


def run(ctx):
    tmp = tempfile.gettempdir()
    bramble = ctx.bramble + ["--allow-read", f"--allow-write={tmp}"]
    rows = []
    runs = max(1, min(ctx.runs, 3))
    for name, key in [("fs copy 64 MiB via streams: MiB/s (best of 3)", "mibPerSecond"),
                      ("fs copy 64 MiB via streams: MiB/s (first copy)", "firstMibPerSecond")]:
        nv = median([json_result(ctx.node + ["fs-copy.js"], key) for _ in range(runs)])
        bv = median([json_result(bramble + ["fs-copy.js"], key) for _ in range(runs)])
        rows.append((name, nv, bv, True))
    for name, key in [("gzip stream 32 MiB text: MiB/s", "gzipMibPerSecond"),
                      ("gunzip stream 32 MiB text: MiB/s", "gunzipMibPerSecond")]:
        nv = median([json_result(ctx.node + ["gzip-stream.js"], key) for _ in range(runs)])
        bv = median([json_result(ctx.bramble + ["gzip-stream.js"], key) for _ in range(runs)])
        rows.append((name, nv, bv, True))
    return rows
