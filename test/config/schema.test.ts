// dnntune.yml's declaration: every key the configuration names, each checked where it can be
// statically, with messages that name the path, what was expected, what was found, and the
// nearest word for a typo.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { parseConfigFile } from "../../src/config/read-config.js";
import { BUILT_IN_NETWORK_NAMES } from "../../src/config/check-config.js";
import { configSchema, METERS, TOOLS } from "../../src/config/schema.js";
import { FormatError } from "../../src/errors.js";
import { BUILT_IN_NETWORKS } from "../../src/split/resolve-networks.js";

const check = (text: string) => parseConfigFile(parse(text), "dnntune.yml");
function problems(text: string): string[] {
  try {
    check(text);
  } catch (error) {
    if (error instanceof FormatError) return error.lines;
    throw error;
  }
  return [];
}

const FULL = `
models:
  - path: models/m.onnx
    name: mobilenet
    inputs: { image: 1x3x224x224, mask: [1, 224] }
    values: { sr: 16000, scale: [0.5, 0.5] }
    siblings: { tflite-benchmark: models/m.tflite, trtexec: models/m.plan }
devices:
  runner: { transport: local, tool: onnxruntime-node, threads: 4, optimization: basic, meter: rapl, power: { active-w: 15, idle-w: 5 } }
  pixel7: { transport: adb, serial: "192.168.1.5:5555", tool: ort-perf-test, binary: /data/local/tmp/perf, args: [-e, cpu], meter: { type: android-rails, rails: [CPU] }, role: mobile }
  board: { transport: ssh, host: ci@board-1, port: 2222, identity: keys/id, ssh-config: ssh/config, tool: ort-python, meter: { type: command, argv: [power.sh] }, role: cloud }
  phone: { power: { active-w: 3 } }
networks:
  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8 }
bench: { warmup: 0, runs: 30, profile-runs: 10, max-runs: 120, processes: 1 }
gate: { threshold: 5%, alpha: 0.01, min-abs: { model-us: 50, layer-us: 20, energy-mj: 0.5 }, fail-on: [latency, energy, split, layers], accept-label: perf-ok }
split: { pairs: [{ mobile: pixel7, cloud: board }], networks: [wifi, office], objectives: [latency, energy] }
report: { comment: on-change, top-layers: 10, charts: false }
`;

describe("dnntune.yml schema", () => {
  it("accepts every key the configuration names", () => {
    const config = check(FULL);
    expect(config.devices?.pixel7).toMatchObject({ transport: "adb", serial: "192.168.1.5:5555" });
    expect(config.devices?.board).toMatchObject({ transport: "ssh", host: "ci@board-1", port: 2222, "ssh-config": "ssh/config" });
    expect(config.gate?.["fail-on"]).toEqual(["latency", "energy", "split", "layers"]);
    expect(config.report).toEqual({ comment: "on-change", "top-layers": 10, charts: false });
  });

  it("names a key of another transport as such", () => {
    expect(problems("devices:\n  board: { transport: ssh, host: h, tool: ort-python, serial: R58 }")).toEqual([
      'dnntune.yml: devices.board.serial: unknown key; "serial" is for transport adb, not transport ssh',
    ]);
    expect(problems("devices:\n  p: { transport: adb, serial: R58, tool: ort-perf-test, port: 22 }")).toEqual([
      'dnntune.yml: devices.p.port: unknown key; "port" is for transport ssh, not transport adb',
    ]);
  });

  it.each([
    ["devices:\n  pixel7: { transport: usb }", 'devices.pixel7.transport: must be one of local, adb, ssh; got "usb"'],
    ["devices:\n  pixel7: { transport: 5 }", "devices.pixel7.transport: must be one of local, adb, ssh; got 5"],
    ["devices:\n  pixel7: { transport: adbb, serial: x }", 'devices.pixel7.transport: must be one of local, adb, ssh; got "adbb"; did you mean "adb"?'],
    ["devices:\n  p: { transport: local, tool: onnxruntime-nod }", 'devices.p.tool: must be one of onnxruntime-node, ort-python, ort-perf-test, tflite-benchmark, trtexec, command; got "onnxruntime-nod"; did you mean "onnxruntime-node"?'],
    ["devices:\n  p: { transport: local, meter: rappl }", 'devices.p.meter: must be one of none, rapl, android-battery, android-rails, nvml, tegrastats, command; got "rappl"; did you mean "rapl"?'],
    ["devices:\n  p: { transport: local, meter: { type: nvmll } }", 'devices.p.meter.type: must be one of none, rapl, android-battery, android-rails, nvml, tegrastats, command; got "nvmll"; did you mean "nvml"?'],
    ["devices:\n  p: { transport: local, tool: command, binary: x, meter: { type: command, argv: run.sh } }", 'devices.p.meter.argv: must be a list: the program and its arguments; got "run.sh"'],
    ["devices:\n  p: { transport: local, meter: { type: rapl, rails: [a] } }", "devices.p.meter.rails: unknown key"],
    ["devices:\n  p: { transport: adb, serial: '-s; reboot', tool: ort-perf-test }", 'devices.p.serial: must be an adb serial (letters, digits, ".", "_", ":" or "-", not first); got "-s; reboot"'],
    ["devices:\n  p: { transport: adb, serial: 'R58$(id)', tool: ort-perf-test }", "devices.p.serial: must be an adb serial"],
    ["devices:\n  b: { transport: ssh, host: -oProxyCommand=x, tool: ort-python }", "devices.b.host: must be an ssh host alias, host or user@host"],
    ["devices:\n  b: { transport: ssh, host: 'h;rm', tool: ort-python }", "devices.b.host: must be an ssh host alias"],
    ["devices:\n  b: { transport: ssh, host: h, port: 0, tool: ort-python }", "devices.b.port: must be an integer from 1 to 65535; got 0"],
    ["devices:\n  b: { transport: ssh, host: h, port: 65536, tool: ort-python }", "devices.b.port: must be an integer from 1 to 65535; got 65536"],
    ["devices:\n  b: { transport: ssh, host: h, port: 22.5, tool: ort-python }", "devices.b.port: must be an integer from 1 to 65535; got 22.5"],
    ["devices:\n  'a b': { transport: local }", 'devices["a b"]: a device name must be letters, digits, ".", "_" or "-" (not first), at most 64; got "a b"'],
    ["devices:\n  p: { transport: local, threads: 0 }", "devices.p.threads: must be an integer from 1 to 1024; got 0"],
    ["devices:\n  p: { transport: local, optimization: max }", 'devices.p.optimization: must be one of disabled, basic, extended, all; got "max"'],
    ["devices:\n  p: { transport: local, role: edge }", 'devices.p.role: must be one of mobile, cloud; got "edge"'],
    ["bench: { runs: 0 }", "bench.runs: must be an integer from 1 to 100000; got 0"],
    ["bench: { runs: 1e9 }", "bench.runs: must be an integer from 1 to 100000; got 1000000000"],
    ["bench: { runs: 30, max-runs: 10 }", "bench.max-runs: must be at least runs (30); got 10"],
    ["bench: { warmups: 3 }", 'bench.warmups: unknown key; did you mean "warmup"?'],
    ["gate: { threshold: 5 }", "gate.threshold: 5 reads as a fraction (500 %); for 5 % write 5% or 0.05"],
    ["gate: { threshold: 'five' }", 'gate.threshold: must be a percentage such as 5% or a fraction such as 0.05, below 100 %; got "five"'],
    ["gate: { alpha: 1 }", "gate.alpha: must be a number in (0, 1); got 1"],
    ["gate: { fail-on: [latncy] }", 'gate.fail-on[0]: must be one of latency, energy, split, layers; got "latncy"; did you mean "latency"?'],
    ["gate: { min-abs: { model: 3 } }", 'gate.min-abs.model: unknown key; did you mean "model-us"?'],
    ["split: { pairs: [{ mobile: pixle7, cloud: server }] }\ndevices: { pixel7: {}, server: {} }", 'split.pairs[0].mobile: no device "pixle7" in devices; did you mean "pixel7"?'],
    ["split: { networks: [wify] }", 'split.networks[0]: no network "wify" in networks or the built-ins; did you mean "wifi"?'],
    ["split: { objectives: [speed] }", 'split.objectives[0]: must be one of latency, energy; got "speed"'],
    ["report: { comment: sometimes }", 'report.comment: must be one of always, on-change, never; got "sometimes"'],
    ["report: { top-layers: -1 }", "report.top-layers: must be an integer from 0 to 100; got -1"],
    ["models: [{ name: m }]", "models[0].path: must be a .onnx file, a folder of them or a glob; got nothing"],
    ["models: [{ path: m.onnx, inputs: { x: 1xbatch } }]", 'models[0].inputs.x: expected a shape like 1x3x224x224 (non-negative integers separated by x); got "1xbatch"'],
    ["models: [{ path: m.onnx, inputs: { x: 100000x100000 } }]", "models[0].inputs.x: shape 100000x100000 holds 10000000000 elements"],
    ["models: [{ path: m.onnx, siblings: { tflite: m.tflite } }]", "models[0].siblings.tflite"],
    ["models: [{ path: a.onnx, name: m }, { path: b.onnx, name: m }]", 'models[1].name: "m" is already the name of models[0]; names must be unique'],
  ])("refuses %j", (text, message) => {
    const lines = problems(text);
    expect(lines.some((line) => line.startsWith(`dnntune.yml: ${message}`)), lines.join("\n")).toBe(true);
  });

  it.each([
    ["devices:\n  b: { transport: ssh, host: h }", "devices.b.tool: a device on ssh needs a tool"],
    ["devices:\n  p: { transport: adb, serial: R58, tool: onnxruntime-node }", "devices.p.tool: onnxruntime-node runs in dnntune's own process, so only on transport local"],
    ["devices:\n  p: { transport: local, binary: /bin/x }", "devices.p.binary: onnxruntime-node runs in-process and takes no program or arguments"],
    ["devices:\n  p: { transport: local, tool: command }", "devices.p.binary: the command tool needs the program to run"],
    ["devices:\n  p: { transport: local, meter: android-battery }", "devices.p.meter: android-battery reads an Android device over adb; this device's transport is local"],
    ["devices:\n  p: { transport: local, meter: command }", "devices.p.meter: the command meter needs its program"],
  ])("checks the tool and meter against the transport: %j", (text, message) => {
    expect(problems(text)).toHaveLength(1);
    expect(problems(text)[0]).toContain(`dnntune.yml: ${message}`);
  });

  it("reports cross-field problems with the schema's, all at once", () => {
    expect(problems("devices:\n  pixel7: { transport: usb }\nsplit: { pairs: [{ mobile: pixel7, cloud: cloud }] }\nbench: { runs: x }")).toEqual([
      'dnntune.yml: devices.pixel7.transport: must be one of local, adb, ssh; got "usb"',
      'dnntune.yml: bench.runs: must be an integer from 1 to 100000; got "x"',
      'dnntune.yml: split.pairs[0].cloud: no device "cloud" in devices (known: pixel7)',
    ]);
  });

  it("accepts a device declared only for the split (no transport)", () => {
    expect(check("devices:\n  phone: { power: { active-w: 3 }, role: mobile }").devices?.phone).toEqual({ power: { "active-w": 3 }, role: "mobile" });
    expect(problems("devices:\n  phone: { serial: R58 }")).toEqual(['dnntune.yml: devices.phone.serial: unknown key; "serial" is for transport adb, and this device has none: add transport: adb']);
  });

  it("has a meaning, unit or default for every key (the reference is generated from them)", () => {
    const json = JSON.stringify(z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }));
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, sub] of Object.entries(properties ?? {})) {
        if (sub.not === undefined && typeof sub.description !== "string") undescribed.push(`${path}.${key}`);
        walk(sub, `${path}.${key}`);
      }
      for (const nested of ["items", "additionalProperties"]) if (typeof schema[nested] === "object") walk(schema[nested] as Record<string, unknown>, `${path}.${nested}`);
      for (const forms of ["anyOf", "oneOf"]) for (const form of (schema[forms] as Record<string, unknown>[] | undefined) ?? []) walk(form, path);
    };
    walk(JSON.parse(json) as Record<string, unknown>, "");
    // The discriminators repeat in every form; one description is enough for the reference.
    expect(undescribed.filter((k) => !/\.transport$/.test(k))).toEqual([]);
  });

  it("knows the split stage's built-in networks and the design's tools and meters", () => {
    expect([...BUILT_IN_NETWORK_NAMES].sort()).toEqual(Object.keys(BUILT_IN_NETWORKS).sort());
    expect(TOOLS).toEqual(["onnxruntime-node", "ort-python", "ort-perf-test", "tflite-benchmark", "trtexec", "command"]);
    expect([...METERS].sort()).toEqual(["android-battery", "android-rails", "command", "none", "nvml", "rapl", "tegrastats"]);
  });
});
