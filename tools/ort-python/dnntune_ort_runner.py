#!/usr/bin/env python3
# dnntune's ort-python tool: runs ONNX models with the device's own Python onnxruntime, as
# dnntune's benchmark protocol asks, one request at a time. dnntune copies this file to the device
# (a board, a Jetson, a cloud host) and talks to it over the transport's stdin and stdout, one JSON
# object per line each way. The protocol (warm-up, timed runs, profiled runs, the interleaving of
# base and head) stays in dnntune; this file only opens sessions, times one inference at a time on
# the device's own clock, and hands back onnxruntime's profiles.
#
# Requests: {"op": "hello"} | {"op": "open", "model", "threads", "optimization", "providers",
#   "spinning", "profile", "prefix", "optimized", "inputs": [{"name", "dtype", "shape", "data"}]}
#   | {"op": "run", "session"} | {"op": "run_batch", "session", "n"} | {"op": "end_profiling", "session"} | {"op": "close", "session"}
#   | {"op": "read", "path"} | {"op": "bye"}
# Answers: {"ok": true, ...} or {"ok": false, "error": "..."}. Input data is base64 of the tensor's
# little-endian bytes (strings and booleans as JSON lists).
import base64
import json
import os
import platform
import sys
import time

PROTOCOL = 1

LEVELS = {
    "disabled": "ORT_DISABLE_ALL",
    "basic": "ORT_ENABLE_BASIC",
    "extended": "ORT_ENABLE_EXTENDED",
    "all": "ORT_ENABLE_ALL",
}

# onnxruntime-node's names for execution providers (dnntune's `--provider`) → Python's.
PROVIDERS = {
    "cpu": "CPUExecutionProvider", "cuda": "CUDAExecutionProvider", "tensorrt": "TensorrtExecutionProvider",
    "coreml": "CoreMLExecutionProvider", "dml": "DmlExecutionProvider", "openvino": "OpenVINOExecutionProvider",
    "qnn": "QNNExecutionProvider", "nnapi": "NnapiExecutionProvider", "xnnpack": "XnnpackExecutionProvider",
    "webgpu": "WebGpuExecutionProvider",
}

DTYPES = {
    "float32": "float32", "float64": "float64", "float16": "float16",
    "int8": "int8", "uint8": "uint8", "int16": "int16", "uint16": "uint16",
    "int32": "int32", "uint32": "uint32", "int64": "int64", "uint64": "uint64",
}


# The protocol gets stdout to itself: what anything else prints there (a library, an execution
# provider writing to fd 1 from C++) goes to stderr, so it cannot be read as an answer.
PROTOCOL_OUT = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)
sys.stdout = sys.stderr
CURRENT_ID = [None]


def answer(value):
    if CURRENT_ID[0] is not None:
        value = dict(value, id=CURRENT_ID[0])
    PROTOCOL_OUT.write(json.dumps(value) + "\n")
    PROTOCOL_OUT.flush()


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() in ("model name", "Hardware", "Processor"):
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def read_text(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return None


def temperature_c():
    temps = []
    try:
        zones = [z for z in os.listdir("/sys/class/thermal") if z.startswith("thermal_zone")]
    except OSError:
        return None
    for zone in zones:
        text = read_text("/sys/class/thermal/%s/temp" % zone)
        try:
            t = int(text) / 1000.0
        except (TypeError, ValueError):
            continue
        if t > 0:
            temps.append(t)
    return max(temps) if temps else None


def main():
    try:
        import numpy as np
        import onnxruntime as ort
    except ImportError as error:
        # Said in answer to the first request, so that it carries that request's id.
        missing = "python cannot import onnxruntime (%s): pip install onnxruntime on the device" % error
        for line in sys.stdin:
            if line.strip():
                try:
                    CURRENT_ID[0] = json.loads(line).get("id")
                except ValueError:
                    pass
                answer({"ok": False, "error": missing})
                return 3
        return 3
    ort.set_default_logger_severity(4)
    sessions = {}
    next_id = [1]

    def feeds_of(inputs):
        feeds = {}
        for tensor in inputs:
            dtype = tensor["dtype"]
            shape = tensor["shape"]
            if dtype == "string":
                feeds[tensor["name"]] = np.array(tensor["data"], dtype=object).reshape(shape)
            elif dtype == "bool":
                feeds[tensor["name"]] = np.array(tensor["data"], dtype=bool).reshape(shape)
            elif dtype in DTYPES:
                raw = base64.b64decode(tensor["data"])
                feeds[tensor["name"]] = np.frombuffer(raw, dtype=np.dtype(DTYPES[dtype]).newbyteorder("<")).reshape(shape)
            else:
                raise ValueError("input %s: dtype %s is not supported" % (tensor["name"], dtype))
        return feeds

    def open_session(request):
        options = ort.SessionOptions()
        options.intra_op_num_threads = int(request["threads"])
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = getattr(ort.GraphOptimizationLevel, LEVELS[request["optimization"]])
        options.log_severity_level = 4
        if not request.get("spinning", True):
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        if request.get("profile"):
            options.enable_profiling = True
            options.profile_file_prefix = request["prefix"]
        if request.get("optimized"):
            options.optimized_model_filepath = request["optimized"]
        providers = [PROVIDERS.get(p.lower(), p) for p in request.get("providers", ["cpu"])]
        session = ort.InferenceSession(request["model"], sess_options=options, providers=providers)
        sid = next_id[0]
        next_id[0] += 1
        sessions[sid] = {"session": session, "feeds": feeds_of(request["inputs"]), "profile": bool(request.get("profile")), "ended": False}
        return {"session": sid}

    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            request = json.loads(line)
            CURRENT_ID[0] = request.get("id")
            op = request.get("op")
            if op == "hello":
                answer({"ok": True, "protocol": PROTOCOL, "onnxruntime": ort.__version__, "python": platform.python_version(),
                        "os": "%s %s %s" % (platform.system(), platform.release(), platform.machine()), "cpu": cpu_model(),
                        "cores": os.cpu_count(), "host": platform.node(), "providers": ort.get_available_providers(),
                        "governor": read_text("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor"), "tempC": temperature_c()})
            elif op == "open":
                answer(dict(ok=True, **open_session(request)))
            elif op == "run":
                entry = sessions[request["session"]]
                start = time.perf_counter_ns()
                entry["session"].run(None, entry["feeds"])
                answer({"ok": True, "us": (time.perf_counter_ns() - start) / 1000.0})
            elif op == "run_batch":
                entry = sessions[request["session"]]
                n = int(request["n"])
                start = time.perf_counter_ns()
                for _ in range(n):
                    entry["session"].run(None, entry["feeds"])
                answer({"ok": True, "us": (time.perf_counter_ns() - start) / 1000.0})
            elif op == "end_profiling":
                entry = sessions[request["session"]]
                path = entry["session"].end_profiling()
                entry["ended"] = True
                with open(path) as f:
                    text = f.read()
                os.remove(path)
                answer({"ok": True, "file": path, "text": text})
            elif op == "close":
                entry = sessions.pop(request["session"], None)
                if entry and entry["profile"] and not entry["ended"]:
                    path = entry["session"].end_profiling()
                    if path and os.path.exists(path):
                        os.remove(path)
                answer({"ok": True})
            elif op == "read":
                with open(request["path"], "rb") as f:
                    data = f.read()
                answer({"ok": True, "data": base64.b64encode(data).decode("ascii")})
            elif op == "temperature":
                answer({"ok": True, "tempC": temperature_c()})
            elif op == "bye":
                answer({"ok": True})
                return 0
            else:
                answer({"ok": False, "error": "unknown op %r" % op})
        except Exception as error:  # every failure goes back as an answer; the loop goes on
            answer({"ok": False, "error": "%s: %s" % (type(error).__name__, str(error).splitlines()[0] if str(error) else "")})
    return 0


if __name__ == "__main__":
    sys.exit(main())
