# SPDX-License-Identifier: Apache-2.0
"""MQTT publish rate (QoS 0 and QoS 1) to a local Mosquitto, Node + MQTT.js (installed from npm
into a temp dir) against Bramble's built-in mqtt module, same program (programs/mqtt-publish.js)."""
import os, shutil, socket, subprocess, tempfile, time
from benchlib import PROGS, json_result, median

MQTT_JS = "5.10.1"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(ctx):
    if not shutil.which("mosquitto"):
        raise SystemExit("mqtt suite: mosquitto is not installed (apt-get install mosquitto)")
    work = tempfile.mkdtemp(prefix="bramble-bench-mqtt-")
    port = free_port()
    with open(os.path.join(work, "mosquitto.conf"), "w") as f:
        f.write(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    broker = subprocess.Popen(["mosquitto", "-c", os.path.join(work, "mosquitto.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        subprocess.run(["npm", "install", "--silent", "--prefix", work, f"mqtt@{MQTT_JS}"], check=True,
                       stdout=subprocess.DEVNULL)
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        rows = []
        for qos in (0, 1):
            env = {"MQTT_URL": f"mqtt://127.0.0.1:{port}", "MQTT_QOS": str(qos)}
            node_env = {**env, "NODE_PATH": os.path.join(work, "node_modules")}
            nv = median([json_result(ctx.node + ["mqtt-publish.js"], "perSecond", env=node_env) for _ in range(3)])
            # Bramble runs from PROGS, which has no node_modules: require('mqtt') is the built-in.
            bv = median([json_result(ctx.bramble + ["--allow-net", "--allow-env", "mqtt-publish.js"], "perSecond",
                                     cwd=PROGS, env=env) for _ in range(3)])
            rows.append((f"MQTT QoS {qos} publishes/s (node: MQTT.js {MQTT_JS})", nv, bv, True))
        return rows
    finally:
        broker.terminate()
        broker.wait()
        shutil.rmtree(work, ignore_errors=True)
