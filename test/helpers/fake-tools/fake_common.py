"""Shared by the three fake vendor tools in this folder (onnxruntime_perf_test, trtexec,
benchmark_model): a minimal ONNX protobuf reader (no `onnx` package needed), onnxruntime sessions
and a real per-node profiling run. Test stand-ins only: see README.md. Keep this file next to the
tools; they import it from their own folder."""
import json
import os
import struct
import sys
import time

import numpy as np

try:
    import onnxruntime as ort
except ImportError:  # the tools report it in their own style
    ort = None


# ---- protobuf wire format -------------------------------------------------------------------
def _varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def fields(buf):
    """Yields (field number, wire type, value) of one serialized message."""
    i, n = 0, len(buf)
    while i < n:
        key, i = _varint(buf, i)
        num, wt = key >> 3, key & 7
        if wt == 0:
            v, i = _varint(buf, i)
        elif wt == 1:
            v, i = buf[i:i + 8], i + 8
        elif wt == 2:
            ln, i = _varint(buf, i)
            v, i = buf[i:i + ln], i + ln
        elif wt == 5:
            v, i = buf[i:i + 4], i + 4
        else:
            raise ValueError("unsupported protobuf wire type %d" % wt)
        yield num, wt, v


def _packed_varints(v, wt):
    if wt == 0:
        return [v]
    out, i = [], 0
    while i < len(v):
        x, i = _varint(v, i)
        out.append(x)
    return out


def _signed64(x):
    return x - (1 << 64) if x >= 1 << 63 else x


# onnx.TensorProto.DataType → numpy
DTYPES = {1: np.float32, 2: np.uint8, 3: np.int8, 4: np.uint16, 5: np.int16, 6: np.int32, 7: np.int64,
          9: np.bool_, 10: np.float16, 11: np.float64, 12: np.uint32, 13: np.uint64}


def read_tensor_proto(buf):
    """onnx.TensorProto → (name, numpy array): dims=1, data_type=2, float_data=4, int32_data=5,
    int64_data=7, name=8, raw_data=9, double_data=10, uint64_data=11."""
    dims, dtype, name, raw = [], 1, "", None
    floats, int32s, int64s, doubles, uint64s = [], [], [], [], []
    for num, wt, v in fields(buf):
        if num == 1:
            dims += [_signed64(x) for x in _packed_varints(v, wt)]
        elif num == 2:
            dtype = v
        elif num == 4:
            floats += list(struct.unpack("<%df" % (len(v) // 4), v)) if wt == 2 else [struct.unpack("<f", v)[0]]
        elif num == 5:
            int32s += [_signed64(x) for x in _packed_varints(v, wt)]
        elif num == 7:
            int64s += [_signed64(x) for x in _packed_varints(v, wt)]
        elif num == 8:
            name = v.decode()
        elif num == 9:
            raw = bytes(v)
        elif num == 10:
            doubles += list(struct.unpack("<%dd" % (len(v) // 8), v)) if wt == 2 else [struct.unpack("<d", v)[0]]
        elif num == 11:
            uint64s += _packed_varints(v, wt)
    if dtype not in DTYPES:
        raise ValueError("tensor %r: unsupported data type %d" % (name, dtype))
    np_type = DTYPES[dtype]
    if raw is not None:
        arr = np.frombuffer(raw, dtype=np.dtype(np_type).newbyteorder("<")).astype(np_type)
    elif dtype == 1:
        arr = np.array(floats, dtype=np.float32)
    elif dtype == 11:
        arr = np.array(doubles, dtype=np.float64)
    elif dtype == 7:
        arr = np.array(int64s, dtype=np.int64)
    elif dtype == 13:
        arr = np.array(uint64s, dtype=np.uint64)
    elif dtype == 10:
        arr = np.array(int32s, dtype=np.uint16).view(np.float16)
    else:
        arr = np.array(int32s).astype(np_type)
    return name, arr.reshape(dims)


class Node:
    def __init__(self, index, name, op, inputs, outputs):
        self.index, self.name, self.op, self.inputs, self.outputs = index, name, op, inputs, outputs


class Graph:
    """The main graph of an ONNX model: nodes in file order (ONNX requires topological order),
    graph inputs (less initializers) and outputs."""

    def __init__(self, model_bytes):
        graph = None
        for num, wt, v in fields(model_bytes):
            if num == 7 and wt == 2:
                graph = v
        if graph is None:
            raise ValueError("no graph in the model")
        self.nodes, inputs, self.outputs, inits = [], [], [], set()
        for num, wt, v in fields(graph):
            if num == 1:
                n = {"input": [], "output": [], "name": "", "op": ""}
                for f, _, x in fields(v):
                    if f == 1:
                        n["input"].append(x.decode())
                    elif f == 2:
                        n["output"].append(x.decode())
                    elif f == 3:
                        n["name"] = x.decode()
                    elif f == 4:
                        n["op"] = x.decode()
                self.nodes.append(Node(len(self.nodes), n["name"], n["op"], n["input"], n["output"]))
            elif num == 5:
                for f, _, x in fields(v):
                    if f == 8:
                        inits.add(x.decode())
            elif num in (11, 12):
                name = next((x.decode() for f, _, x in fields(v) if f == 1), "")
                (inputs if num == 11 else self.outputs).append(name)
        self.inputs = [i for i in inputs if i not in inits]
        self.initializers = inits

    def consumers(self, tensor):
        return [n for n in self.nodes if tensor in n.inputs]


# ---- onnxruntime ---------------------------------------------------------------------------
LEVELS = {0: "ORT_DISABLE_ALL", 1: "ORT_ENABLE_BASIC", 2: "ORT_ENABLE_EXTENDED", 3: "ORT_ENABLE_LAYOUT", 99: "ORT_ENABLE_ALL"}


def session(model, threads=0, level=99, profile_prefix=None, optimized_path=None, log_errors_only=True):
    so = ort.SessionOptions()
    if threads:
        so.intra_op_num_threads = threads
    so.graph_optimization_level = getattr(ort.GraphOptimizationLevel, LEVELS[level])
    if log_errors_only:
        so.log_severity_level = 3
    if profile_prefix:
        so.enable_profiling = True
        so.profile_file_prefix = profile_prefix
    if optimized_path:
        so.optimized_model_filepath = optimized_path
    return ort.InferenceSession(model, so, providers=["CPUExecutionProvider"])


ORT_TYPES = {"tensor(float)": np.float32, "tensor(double)": np.float64, "tensor(float16)": np.float16,
             "tensor(int64)": np.int64, "tensor(int32)": np.int32, "tensor(int8)": np.int8,
             "tensor(uint8)": np.uint8, "tensor(bool)": np.bool_, "tensor(int16)": np.int16}


def random_inputs(sess, shapes=None, seed=0):
    """Random data for every input; free dimensions are 1 unless `shapes` (name → dims) says."""
    rng = np.random.default_rng(seed)
    feeds = {}
    for i in sess.get_inputs():
        dims = (shapes or {}).get(i.name) or [d if isinstance(d, int) and d > 0 else 1 for d in i.shape]
        t = ORT_TYPES.get(i.type, np.float32)
        if np.issubdtype(t, np.floating):
            feeds[i.name] = rng.random(dims).astype(t)
        elif t == np.bool_:
            feeds[i.name] = rng.integers(0, 2, dims).astype(t)
        else:
            feeds[i.name] = rng.integers(0, 4, dims).astype(t)
    return feeds


def node_times(model, feeds, runs, threads=0):
    """Runs the model `runs` times under onnxruntime's profiler with graph optimizations off, so
    that every ONNX node is its own kernel, and returns ({node name: [µs per run]}, {node name: [output shapes]}).
    Kernels of nodes that have no name are keyed by their first output, as `node_of_<output>`."""
    prof_dir = os.environ.get("TMPDIR", "/tmp")
    s = session(model, threads=threads, level=0, profile_prefix=os.path.join(prof_dir, "fake-tool-profile-%d" % os.getpid()))
    s.run(None, feeds)  # not counted: the tools time a prepared engine
    os.unlink(s.end_profiling())
    s = session(model, threads=threads, level=0, profile_prefix=os.path.join(prof_dir, "fake-tool-profile-%d" % os.getpid()))
    for _ in range(runs):
        s.run(None, feeds)
    path = s.end_profiling()
    with open(path) as f:
        events = json.load(f)
    os.unlink(path)
    shapes = {}
    run_starts = sorted(e["ts"] for e in events if e.get("cat") == "Session" and e.get("name") == "model_run")
    per_node = {}
    for e in events:
        if e.get("cat") != "Node" or not e.get("name", "").endswith("_kernel_time"):
            continue
        run = max(k for k, t in enumerate(run_starts) if t <= e["ts"]) if run_starts and run_starts[0] <= e["ts"] else 0
        key = e["name"][:-len("_kernel_time")]
        times = per_node.setdefault(key, [0.0] * runs)
        shapes.setdefault(key, [list(d.values())[0] for d in e.get("args", {}).get("output_type_shape", []) if d])
        if run < runs:
            times[run] += float(e["dur"])
    return per_node, shapes


def node_key(node):
    return node.name if node.name else "node_of_" + node.outputs[0]


def now_us():
    return time.perf_counter() * 1e6


def eprint(*a):
    print(*a, file=sys.stderr)
