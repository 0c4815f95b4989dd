# SPDX-License-Identifier: Apache-2.0
"""I2C transfers/s against the simulated BME280 (bramble only) and serial bytes/s over a socat pty pair.

node cannot run i2c-bus here: it is a native add-on that needs a real /dev/i2c-N, so the I2C rows have
no node figure. For serial, node runs the same program with the npm `serialport` package (its
prebuilt binding), installed into a temporary folder; if that install fails the row is bramble only.
"""
import os, shutil, subprocess, tempfile, time
from benchlib import json_result, median


def socat_pair(folder):
    a, b = os.path.join(folder, "a"), os.path.join(folder, "b")
    if shutil.which("socat") is None:
        raise SystemExit("bench bus: socat is needed (Debian package socat)")
    p = subprocess.Popen(["socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if os.path.exists(a) and os.path.exists(b):
            return p, a, b
        time.sleep(0.02)
    p.kill()
    raise SystemExit("bench bus: socat made no pty pair")


def node_serialport(folder):
    """A folder whose node_modules has serialport, or None (and why)."""
    with open(os.path.join(folder, "package.json"), "w") as f:
        f.write('{"private": true}')
    r = subprocess.run(["npm", "install", "serialport@12.0.0", "--no-audit", "--no-fund"], cwd=folder,
                       capture_output=True, text=True)
    return (os.path.join(folder, "node_modules"), None) if r.returncode == 0 else (None, r.stderr.strip()[-200:])


def run(ctx):
    rows = []
    i2c = ctx.bramble + ["--allow-i2c", "--board", "sim", "i2c-reads.js"]
    for key, name in [("syncPerSecond", "I2C readByteSync/s (sim BME280; node: needs real bus)"),
                      ("blockPerSecond", "I2C readI2cBlockSync 8 B/s (sim; bramble only)"),
                      ("asyncPerSecond", "I2C readByte callbacks/s (sim; bramble only)")]:
        rows.append((name, None, median([json_result(i2c, key) for _ in range(3)]), True))

    work = tempfile.mkdtemp(prefix="bramble-bench-bus-")
    try:
        modules, why = node_serialport(work)
        node_runs, bramble_runs = [], []
        for _ in range(3):
            p, a, b = socat_pair(tempfile.mkdtemp(dir=work))
            try:
                bramble_runs.append(json_result(ctx.bramble + ["--allow-serial", "--board", "sim", "serial-throughput.js", a, b],
                                                "bytesPerSecond"))
            finally:
                p.kill()
            if modules:
                p, a, b = socat_pair(tempfile.mkdtemp(dir=work))
                try:
                    node_runs.append(json_result(ctx.node + ["serial-throughput.js", a, b], "bytesPerSecond",
                                                 env={"NODE_PATH": modules}))
                finally:
                    p.kill()
        label = "serial MiB/s over a pty pair (8 MiB)" + ("" if modules else " (node: serialport did not install)")
        rows.append((label, median(node_runs) / 2**20 if node_runs else None, median(bramble_runs) / 2**20, True))
        if why:
            print(f"bench bus: npm install serialport failed, so bramble only: {why}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows
