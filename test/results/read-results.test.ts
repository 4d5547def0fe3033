import { execFileSync } from "node:child_process";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FormatError, InputError } from "../../src/errors.js";
import { MAX_RESULTS_BYTES, readResults, validateResults } from "../../src/results/read-results.js";
import { MAX_SAMPLES } from "../../src/results/schema.js";

const valid = () => ({
  schema: "dnntune.results/v1",
  createdAt: "2026-11-30T00:00:00Z",
  device: { name: "local", transport: "local", tool: "onnxruntime-node", fingerprint: {} },
  models: [{
    name: "m", path: "m.onnx", sha256: "", warnings: [],
    graph: { nodes: [{ name: "a", op: "Conv", inputs: ["x"], outputs: ["y"] }], tensors: {}, inputs: ["x"], outputs: ["y"], folded: [] },
    latency: { unit: "us", samples: [1, 2, 3, 4], groups: [2, 2] },
    layers: [{ name: "a", op: "Conv", covers: ["a"], provider: "", outputBytes: 4, samples: [1, 2], groups: [1, 1] }],
  }],
});
type Spoilable = ReturnType<typeof valid> & Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), "read-results-"));

/** The problem lines validateResults throws for `results`. */
function problems(results: unknown): string[] {
  try {
    validateResults(results, "r.json");
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return (error as FormatError).lines;
  }
  throw new Error("expected a FormatError");
}

describe("validateResults", () => {
  it("accepts results with replicate groups", () => {
    expect(validateResults(valid(), "r.json").models[0]!.latency.groups).toEqual([2, 2]);
  });

  it.each([
    ["another schema", (r: Spoilable) => { (r as { schema: string }).schema = "dnntune.results/v9"; }, /r\.json: schema: "dnntune\.results\/v9" is newer than this dnntune reads \(dnntune\.results\/v1\); upgrade dnntune/],
    ["empty latency samples", (r: Spoilable) => { r.models[0]!.latency.samples = []; }, /models\[0\]\.latency\.samples: expected a non-empty array/],
    ["groups that do not add up", (r: Spoilable) => { r.models[0]!.latency.groups = [2, 3]; }, /models\[0\]\.latency\.groups: expected positive integers adding up to the 4 samples/],
    ["a layer's groups of zero", (r: Spoilable) => { r.models[0]!.layers[0]!.groups = [0, 2]; }, /models\[0\]\.layers\[0\]\.groups: expected positive integers/],
    ["a negative layer sample", (r: Spoilable) => { r.models[0]!.layers[0]!.samples = [1, -2]; }, /models\[0\]\.layers\[0\]\.samples\[1\]: expected a finite number ≥ 0; got -2/],
  ])("refuses %s, naming the file and field", (_, spoil, message) => {
    const results = valid() as Spoilable;
    spoil(results);
    expect(() => validateResults(results, "r.json")).toThrow(FormatError);
    expect(() => validateResults(results, "r.json")).toThrow(message);
  });

  // Each of these crashed compare or split with exit 70 before the schema checked them.
  it.each([
    ["device.fingerprint", (r: Spoilable) => { delete (r.device as Partial<Spoilable["device"]>).fingerprint; }, "r.json: device.fingerprint: expected an object; got nothing"],
    ["graph.tensors", (r: Spoilable) => { delete (r.models[0]!.graph as Partial<Spoilable["models"][0]["graph"]>).tensors; }, "r.json: models[0].graph.tensors: expected an object; got nothing"],
    ["covers [1, 2]", (r: Spoilable) => { (r.models[0]!.layers[0] as { covers: unknown }).covers = [1, 2]; }, ["r.json: models[0].layers[0].covers[0]: expected a string; got 1", "r.json: models[0].layers[0].covers[1]: expected a string; got 2"]],
    ["a cover that names no node", (r: Spoilable) => { r.models[0]!.layers[0]!.covers = ["ghost"]; }, 'r.json: models[0].layers[0].covers[0]: names no node of graph.nodes; got "ghost"'],
    ["paired samples that do not pair up", (r: Spoilable) => { (r.models[0]!.latency as Record<string, unknown>).paired = { baseSamples: [1, 2], headSamples: [1] }; }, "r.json: models[0].latency.paired: baseSamples and headSamples must pair up; got 2 and 1 samples"],
    ["an unknown transport", (r: Spoilable) => { r.device.transport = "usb"; }, 'r.json: device.transport: expected one of "local", "adb", "ssh"; got "usb"'],
    ["a date that is not one", (r: Spoilable) => { r.createdAt = "yesterday"; }, 'r.json: createdAt: expected an ISO 8601 date and time (2026-11-30T12:00:00Z); got "yesterday"'],
    ["no schema field", (r: Spoilable) => { delete (r as Partial<Spoilable>).schema; }, 'r.json: schema: expected "dnntune.results/v1" (a results file written by `dnntune bench`); got nothing'],
    ["a split file given as results", (r: Spoilable) => { (r as { schema: string }).schema = "dnntune.split/v1"; }, 'r.json: schema: expected "dnntune.results/v1" (a results file written by `dnntune bench`); got "dnntune.split/v1"'],
    ["a version never written", (r: Spoilable) => { (r as { schema: string }).schema = "dnntune.results/v0"; }, 'r.json: schema: "dnntune.results/v0" is not a version dnntune ever wrote; expected "dnntune.results/v1"'],
  ])("refuses results with bad %s, one line per problem naming the field", (_, spoil, lines) => {
    const results = valid() as Spoilable;
    spoil(results);
    expect(problems(results)).toEqual(typeof lines === "string" ? [lines] : lines);
  });

  // Each of these passed the schema yet broke what the format promises: names that key matches,
  // nodes charged once, graph.nodes in topological order, one set of head runs, finite ratios.
  type Graph = Spoilable["models"][0]["graph"];
  const chain = (r: Spoilable): Graph => {
    const graph = r.models[0]!.graph;
    graph.nodes = [{ name: "a", op: "Conv", inputs: ["x", "w"], outputs: ["y"] }, { name: "b", op: "Relu", inputs: ["y"], outputs: ["z"] }];
    graph.outputs = ["z"];
    return graph;
  };
  it.each([
    ["a repeated node name", (r: Spoilable) => { chain(r).nodes[1]!.name = "a"; }, 'r.json: models[0].graph.nodes[1].name: node "a" is also graph.nodes[0]; node names must be unique'],
    ["a repeated layer name", (r: Spoilable) => { chain(r); r.models[0]!.layers.push({ ...r.models[0]!.layers[0]!, covers: ["b"] }); }, 'r.json: models[0].layers[1].name: layer "a" is also layers[0]; layer names must be unique'],
    ["a repeated model name", (r: Spoilable) => { r.models.push(valid().models[0]!); }, 'r.json: models[1].name: model "m" is also models[0]; model names must be unique'],
    ["a node in two layers", (r: Spoilable) => { chain(r); r.models[0]!.layers.push({ ...r.models[0]!.layers[0]!, name: "a2" }); }, 'r.json: models[0].layers[1].covers[0]: node "a" is also covered by layers[0] ("a"); a node\'s work belongs to one layer'],
    ["a node covered and folded", (r: Spoilable) => { (chain(r) as { folded: string[] }).folded = ["a"]; }, 'r.json: models[0].graph.folded[0]: node "a" is folded, yet layers[0] ("a") covers it; a folded node runs in no layer'],
    ["nodes out of topological order", (r: Spoilable) => { chain(r).nodes.reverse(); }, 'r.json: models[0].graph.nodes[0].inputs[0]: tensor "y" is produced by graph.nodes[1] ("a"), a later node; graph.nodes must be in topological order'],
    ["a cycle", (r: Spoilable) => { chain(r).nodes[0]!.inputs = ["z"]; }, 'r.json: models[0].graph.nodes[0].inputs[0]: tensor "z" is produced by graph.nodes[1] ("b"), a later node; graph.nodes must be in topological order'],
    ["a node reading its own output", (r: Spoilable) => { chain(r).nodes[1]!.inputs = ["z"]; }, 'r.json: models[0].graph.nodes[1].inputs[0]: tensor "z" is produced by this node itself; graph.nodes must be in topological order'],
    ["a tensor with two producers", (r: Spoilable) => { chain(r).nodes[1]!.outputs = ["y"]; }, 'r.json: models[0].graph.nodes[1].outputs[0]: tensor "y" is also produced by graph.nodes[0] ("a"); a tensor has one producer'],
    ["paired head samples that are not the latency samples", (r: Spoilable) => { (r.models[0]!.latency as Record<string, unknown>).paired = { baseSamples: [5, 6, 7, 8], headSamples: [1, 2, 9, 4] }; }, "r.json: models[0].latency.paired.headSamples: must equal latency.samples element for element (they are the same head runs); element 2 is 9 against 3"],
    ["paired head samples of another count", (r: Spoilable) => { (r.models[0]!.latency as Record<string, unknown>).paired = { baseSamples: [5, 6], headSamples: [1, 2] }; }, "r.json: models[0].latency.paired.headSamples: must equal latency.samples element for element (they are the same head runs); 2 samples against 4"],
    ["an empty model name", (r: Spoilable) => { r.models[0]!.name = ""; }, 'r.json: models[0].name: expected a name that is not empty or blank; got ""'],
    ["a blank device name", (r: Spoilable) => { r.device.name = " \t"; }, 'r.json: device.name: expected a name that is not empty or blank; got " \\t"'],
    ["a blank layer name", (r: Spoilable) => { r.models[0]!.layers[0]!.name = "  "; }, 'r.json: models[0].layers[0].name: expected a name that is not empty or blank; got "  "'],
    ["a latency sample too small for a ratio", (r: Spoilable) => { r.models[0]!.latency.samples[0] = 5e-7; }, "r.json: models[0].latency.samples[0]: expected 0 or a number of µs from 1e-6 to 1e12, so that a ratio of two samples stays finite; got 5e-7"],
    ["a layer sample too large for a ratio", (r: Spoilable) => { r.models[0]!.layers[0]!.samples[1] = 1e13; }, "r.json: models[0].layers[0].samples[1]: expected 0 or a number of µs from 1e-6 to 1e12, so that a ratio of two samples stays finite; got 10000000000000"],
    ["an energy sample too large for a ratio", (r: Spoilable) => { (r.models[0] as Record<string, unknown>).energy = { unit: "mJ", source: "modelled", samples: [1, 2e12] }; }, "r.json: models[0].energy.samples[1]: expected 0 or a number of mJ from 1e-6 to 1e12, so that a ratio of two samples stays finite; got 2000000000000"],
  ])("refuses results that break the format's promises: %s", (_, spoil, lines) => {
    const results = valid() as Spoilable;
    spoil(results);
    expect(problems(results)).toEqual(typeof lines === "string" ? [lines] : lines);
  });

  it("accepts a graph in topological order: inputs no node makes, omitted optional tensors, 0 and the extreme samples", () => {
    const results = valid() as Spoilable;
    const graph = chain(results);
    graph.nodes[0]!.outputs = ["y", ""];
    graph.nodes[1]!.inputs = ["y", "", "x"];
    graph.nodes[1]!.outputs = ["z", ""];
    results.models[0]!.layers.push({ ...results.models[0]!.layers[0]!, name: "b", covers: ["b"] });
    results.models[0]!.latency.samples = [0, 1e-6, 1e12, 3];
    expect(validateResults(results, "r.json").models[0]!.graph.nodes).toHaveLength(2);
  });

  it("refuses an unknown newer schema, naming its version and the fix", () => {
    expect(problems({ ...valid(), schema: "dnntune.results/v2" })).toEqual([
      'r.json: schema: "dnntune.results/v2" is newer than this dnntune reads (dnntune.results/v1); upgrade dnntune',
    ]);
  });

  it("migrates v1's documented omissions: no warnings and no graph.folded read as empty", () => {
    const results = valid() as Spoilable;
    delete (results.models[0] as Partial<Spoilable["models"][0]>).warnings;
    delete (results.models[0]!.graph as Partial<Spoilable["models"][0]["graph"]>).folded;
    const model = validateResults(results, "r.json").models[0]!;
    expect(model.warnings).toEqual([]);
    expect(model.graph.folded).toEqual([]);
  });

  it("lists every problem of a file at once, one line each", () => {
    const results = valid() as Spoilable;
    delete (results.device as Partial<Spoilable["device"]>).fingerprint;
    delete (results.models[0]!.graph as Partial<Spoilable["models"][0]["graph"]>).tensors;
    (results.models[0]!.layers[0] as { covers: unknown }).covers = [1, 2];
    expect(problems(results)).toEqual([
      "r.json: device.fingerprint: expected an object; got nothing",
      "r.json: models[0].graph.tensors: expected an object; got nothing",
      "r.json: models[0].layers[0].covers[0]: expected a string; got 1",
      "r.json: models[0].layers[0].covers[1]: expected a string; got 2",
    ]);
  });

  it("caps the list at 20 lines and counts the rest", () => {
    const results = valid() as Spoilable;
    (results.models[0]!.latency as { samples: unknown[] }).samples = Array.from({ length: 30 }, (_, i) => `${i}`);
    delete (results.models[0]!.latency as { groups?: unknown }).groups;
    const lines = problems(results);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('r.json: models[0].latency.samples[0]: expected a number; got "0"');
    expect(lines[20]).toBe("r.json: and 10 more problems");
  });

  it("refuses more samples than a run can take, before any stage sees them", () => {
    const results = valid() as Spoilable;
    results.models[0]!.layers[0]!.samples = new Array<number>(MAX_SAMPLES + 1).fill(1);
    delete (results.models[0]!.layers[0] as { groups?: unknown }).groups;
    expect(problems(results)).toEqual([`r.json: models[0].layers[0].samples: expected at most ${MAX_SAMPLES} items; got an array of ${MAX_SAMPLES + 1}`]);
  });

  it("keeps unknown fingerprint fields (a comparison flags them) and drops unknown keys elsewhere", () => {
    const results = valid() as Spoilable;
    results.device.fingerprint = { npu: "Hexagon" } as never;
    (results.models[0] as Record<string, unknown>).colour = "blue";
    const read = validateResults(results, "r.json");
    expect(read.device.fingerprint).toEqual({ npu: "Hexagon" });
    expect(read.models[0]).not.toHaveProperty("colour");
  });
});

describe("readResults", () => {
  const write = (name: string, text: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("reads a valid file", () => {
    expect(readResults(write("ok.json", JSON.stringify(valid()))).device.name).toBe("local");
  });

  it("refuses a FIFO without hanging", { timeout: 5000 }, () => {
    const fifo = join(dir, "fifo.json");
    execFileSync("mkfifo", [fifo]);
    expect(() => readResults(fifo, "--base")).toThrow(InputError);
    expect(() => readResults(fifo, "--base")).toThrow(`--base: ${fifo} is a FIFO (named pipe), not a regular file; give a results file written by \`dnntune bench\``);
  });

  it("refuses /dev/zero without hanging", { timeout: 5000 }, () => {
    expect(() => readResults("/dev/zero", "--head")).toThrow("--head: /dev/zero is a character device, not a regular file");
  });

  it("refuses a folder", () => {
    expect(() => readResults(dir, "--head")).toThrow(`--head: ${dir} is a folder, not a regular file`);
  });

  it("refuses a file over the size limit unread", () => {
    const path = write("huge.json", "");
    truncateSync(path, MAX_RESULTS_BYTES + 1); // sparse: no disk used
    expect(() => readResults(path)).toThrow(FormatError);
    expect(() => readResults(path)).toThrow(`${path}: larger than ${MAX_RESULTS_BYTES} bytes`);
  });

  it("names a missing file and the flag that gave it", () => {
    expect(() => readResults(join(dir, "none.json"), "--base")).toThrow(`--base: cannot read ${join(dir, "none.json")}: no such file`);
  });

  it.each([
    ["truncated JSON", '{"schema": "dnntune.results/v1", "models": [', /not valid JSON .*; is the file truncated/],
    ["not UTF-8", Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /not UTF-8 text/],
    ["deep nesting", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, /nested deeper than 64 levels/],
    ["a JSON array", "[]", /expected a JSON object \(a results file written by `dnntune bench`\); got an empty array/],
  ])("refuses %s naming the file", (name, text, message) => {
    const path = write(`${name.replace(/\W/g, "-")}.json`, text);
    expect(() => readResults(path)).toThrow(FormatError);
    expect(() => readResults(path)).toThrow(message);
  });

  it("drops __proto__ keys, so no object's prototype is set from a file", () => {
    const text = JSON.stringify(valid()).replace('"fingerprint":{}', '"fingerprint":{"__proto__":{"polluted":true},"cpu":"x"}');
    const fingerprint = readResults(write("proto.json", text)).device.fingerprint;
    expect(Object.getPrototypeOf(fingerprint)).toBe(Object.prototype);
    expect(fingerprint).toEqual({ cpu: "x" });
  });
});
