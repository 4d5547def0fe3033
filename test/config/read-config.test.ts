import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { findModels } from "../../src/bench/find-models.js";
import { describe, expect, it } from "vitest";
import { FormatError, InputError } from "../../src/errors.js";
import { configPathOf, DEFAULT_CONFIG_FILE, loadConfig, MAX_CONFIG_ALIASES, MAX_CONFIG_BYTES, MAX_CONFIG_ENTRIES, parseConfig, readConfig } from "../../src/config/read-config.js";
import { parse } from "yaml";

describe("parseConfig (dnntune.yml)", () => {
  it("reads user networks and device power", () => {
    const config = parseConfig(parse(`
networks:
  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8, radio-up-w: 1.0 }
devices:
  pixel7:
    power: { active-w: 3.1, idle-w: 0.4 }
  server: {}
`), "dnntune.yml");
    expect(config.networks).toEqual([{ name: "office", uplinkMbps: 50, downlinkMbps: 100, rttMs: 8, radio: { kind: "constant", upW: 1.0, downW: 0.9 } }]);
    expect(config.devices).toEqual({ pixel7: { power: { activeW: 3.1, idleW: 0.4 } }, server: { power: {} } });
  });

  it.each([
    ["networks:\n  office: { uplink-mbps: 0, downlink-mbps: 10, rtt-ms: 5 }", /dnntune\.yml: networks\.office\.uplink-mbps: must be a positive number; got 0/],
    ["networks:\n  office: { uplink-mbps: 5, downlink-mbps: 10 }", /networks\.office\.rtt-ms: must be a number ≥ 0; got nothing/],
    ["devices:\n  pixel7: { power: { active-w: lots } }", /devices\.pixel7\.power\.active-w: must be a number of watts ≥ 0; got "lots"/],
    ["networks:\n  office: { uplink-mbps: 2e6, downlink-mbps: 10, rtt-ms: 5 }", /^dnntune\.yml: networks\.office\.uplink-mbps: must be at most 1000000 Mbit\/s, the most dnntune models; got 2000000$/],
    ["networks:\n  office: { uplink-mbps: 5, downlink-mbps: .inf, rtt-ms: 5 }", /networks\.office\.downlink-mbps: must be a positive number; got Infinity/],
    ["networks:\n  office: { uplink-mbps: 5, downlink-mbps: 10, rtt-ms: 1e7 }", /networks\.office\.rtt-ms: must be at most 1000000 ms, the most dnntune models; got 10000000$/],
    ["networks:\n  office: { uplink-mbps: 5, downlink-mbps: 10, rtt-ms: 5, radio-up-w: 1e5 }", /networks\.office\.radio-up-w: must be at most 10000 W, the most dnntune models; got 100000$/],
    ["networks:\n  office: { uplink-mbps: 5, downlink-mbps: 10, rtt-ms: 5, radio-down-w: 1e300 }", /networks\.office\.radio-down-w: must be at most 10000 W, the most dnntune models; got 1e\+300$/],
    ["devices:\n  pixel7: { power: { active-w: 10001 } }", /devices\.pixel7\.power\.active-w: must be at most 10000 W, the most dnntune models; got 10001$/],
    ["devices:\n  pixel7: { power: { idle-w: 1e9 } }", /devices\.pixel7\.power\.idle-w: must be at most 10000 W, the most dnntune models; got 1000000000$/],
    ["networks: [wifi]", /networks: must be a mapping/],
    ["networks: !!binary aGVsbG8=", /dnntune\.yml: networks: must be a mapping of network names to settings; got binary data/],
  ])("refuses %j naming the field", (text, message) => {
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(FormatError);
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(message);
  });
});

describe("parseConfig: the largest values allowed", () => {
  it("accepts every network and power figure at its bound", () => {
    const config = parseConfig(parse("networks:\n  far: { uplink-mbps: 1e6, downlink-mbps: 1000000, rtt-ms: 1e6, radio-up-w: 1e4, radio-down-w: 0 }\ndevices:\n  phone: { power: { active-w: 10000, idle-w: 0 } }"), "dnntune.yml");
    expect(config.networks).toEqual([{ name: "far", uplinkMbps: 1e6, downlinkMbps: 1e6, rttMs: 1e6, radio: { kind: "constant", upW: 1e4, downW: 0 } }]);
    expect(config.devices).toEqual({ phone: { power: { activeW: 1e4, idleW: 0 } } });
  });
});

describe("parseConfig: unknown keys", () => {
  it.each([
    ["devices:\n  pixel7:\n    pwoer: { active-w: 3 }", 'dnntune.yml: devices.pixel7.pwoer: unknown key; did you mean "power"?'],
    ["netwroks: {}", 'dnntune.yml: netwroks: unknown key; did you mean "networks"?'],
    ["networks:\n  office: { uplink-mbps: 5, downlink-mbps: 10, rtt-ms: 5, rtt: 3 }", 'dnntune.yml: networks.office.rtt: unknown key; did you mean "rtt-ms"?'],
    ["devices:\n  pixel7: { power: { active-w: 3, idle: 1 } }", 'dnntune.yml: devices.pixel7.power.idle: unknown key; did you mean "idle-w"?'],
    ["baseline: main", "dnntune.yml: baseline: unknown key; expected one of networks, devices"],
  ])("refuses %j, suggesting the nearest key", (text, line) => {
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(FormatError);
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(line);
  });

  it("lists every problem at once", () => {
    const text = "networks:\n  office: { uplink-mbps: 0, downlink-mbps: x, rtt-ms: 5 }\ndevices:\n  pixel7: { powr: {} }";
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow([
      "dnntune.yml: networks.office.uplink-mbps: must be a positive number; got 0",
      'dnntune.yml: networks.office.downlink-mbps: must be a positive number; got "x"',
      'dnntune.yml: devices.pixel7.powr: unknown key; did you mean "power"?',
    ].join("\n"));
  });
});

describe("readConfig", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-config-"));

  it("reads an empty file as no settings", () => {
    const path = join(dir, "empty.yml");
    writeFileSync(path, "");
    expect(readConfig(path)).toEqual({ networks: [], devices: {} });
  });

  it("refuses a FIFO without hanging", { timeout: 5000 }, () => {
    const fifo = join(dir, "fifo.yml");
    execFileSync("mkfifo", [fifo]);
    expect(() => readConfig(fifo)).toThrow(InputError);
    expect(() => readConfig(fifo)).toThrow(`config: ${fifo} is a FIFO (named pipe), not a regular file`);
  });

  it("refuses /dev/zero without hanging", { timeout: 5000 }, () => {
    expect(() => readConfig("/dev/zero")).toThrow("config: /dev/zero is a character device, not a regular file");
  });

  it("refuses a file over the size limit unread", () => {
    const path = join(dir, "huge.yml");
    writeFileSync(path, "");
    truncateSync(path, MAX_CONFIG_BYTES + 1);
    expect(() => readConfig(path)).toThrow(`${path}: larger than ${MAX_CONFIG_BYTES} bytes, the limit for a dnntune.yml`);
  });

  it("names the file of a YAML syntax error", () => {
    const path = join(dir, "bad.yml");
    writeFileSync(path, "networks: [unclosed");
    expect(() => readConfig(path)).toThrow(FormatError);
    expect(() => readConfig(path)).toThrow(`${path}: not valid YAML`);
  });
});

describe("loadConfig: the file as a whole", () => {
  const dir = mkdtempSync(join(tmpdir(), "load-config-"));
  const fixtures = new URL("../../fixtures/models/", import.meta.url).pathname;
  const match = (pattern: string, from: string) => findModels([pattern], from);
  function write(name: string, text: string): string {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  }
  function lines(path: string): string[] {
    try {
      loadConfig(path, match);
    } catch (error) {
      if (error instanceof FormatError) return error.lines;
      throw error;
    }
    return [];
  }

  it.each([
    ["a list", "- models\n- devices\n", "must be a mapping; got an array of 2"],
    ["a string", "just text\n", 'must be a mapping; got "just text"'],
    ["a number", "42\n", "must be a mapping; got 42"],
  ])("refuses YAML that is %s, in one line", (_, text, message) => {
    const path = write("not-mapping.yml", text);
    expect(lines(path)).toEqual([`${path}: ${message}`]);
  });

  it("refuses an alias bomb before it expands, in one line", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const path = write("bomb.yml", `${levels.join("\n")}\n`);
    expect(lines(path)).toEqual([`${path}: its aliases expand past ${MAX_CONFIG_ALIASES} nodes (an alias bomb?); write the values out`]);
  });

  it.each([
    ["an alias inside what it names", "bench: &a { runs: *a }\n", "an alias refers to a mapping or list that contains it (a cycle); write the values out"],
    ["a __proto__ key", "models:\n  - path: m.onnx\n    inputs: { __proto__: 1x2 }\n", 'key "__proto__" at line 3 is not allowed'],
    ["nesting past any dnntune.yml", `x: ${"[".repeat(100)}${"]".repeat(100)}\n`, "nested deeper than 64 levels; no dnntune.yml is"],
    ["nesting that would overflow the parser", `x: ${"[".repeat(20000)}${"]".repeat(20000)}\n`, "nested deeper than 64 levels; no dnntune.yml is"],
  ])("refuses %s in one line", (_, text, message) => {
    const path = write("shape.yml", text);
    expect(lines(path)).toEqual([`${path}: ${message}`]);
  });

  it("refuses duplicate keys, one line each with the line number", () => {
    const path = write("dup.yml", "bench:\n  runs: 30\n  runs: 40\ngate: {}\ngate: {}\n");
    expect(lines(path)).toEqual([
      `${path}: duplicate key "runs" at line 3; each key may appear once in a mapping`,
      `${path}: duplicate key "gate" at line 5; each key may appear once in a mapping`,
    ]);
  });

  it("checks model paths and globs against the file system, relative to the file", () => {
    cpSync(`${fixtures}mlp.onnx`, join(dir, "sub/models/mlp.onnx"), { recursive: true });
    cpSync(`${fixtures}mlp.onnx`, join(dir, "sub/models/mlp2.onnx"));
    const path = write("sub/dnntune.yml", [
      "models:",
      "  - path: models/mlp.onnx",
      "  - path: 'models/*.onnx'",
      "  - path: 'nowhere/*.onnx'",
      "  - path: missing.onnx",
      "  - { path: 'models/*.onnx', name: both }",
    ].join("\n"));
    expect(lines(path)).toEqual([
      `${path}: models[2].path: no .onnx file matches ${join(dir, "sub")}/nowhere/*.onnx`,
      `${path}: models[3].path: ${join(dir, "sub")}/missing.onnx does not exist; give a .onnx file, a folder of them, or a glob`,
      `${path}: models[4].name: names one model, but path models/*.onnx is 2 files; give each its own entry or leave the name out`,
    ]);
  });

  it("resolves relative paths against the file's folder", () => {
    const path = write("sub/ok.yml", [
      "models:",
      "  - path: models/mlp.onnx",
      "    siblings: { tflite-benchmark: models/mlp.tflite }",
      "devices:",
      "  board: { transport: ssh, host: b, tool: ort-python, identity: keys/id, ssh-config: /etc/ssh/cfg }",
    ].join("\n"));
    const loaded = loadConfig(path, match, dir);
    expect(loaded.data.models?.[0]).toEqual({ path: "sub/models/mlp.onnx", siblings: { "tflite-benchmark": "sub/models/mlp.tflite" } });
    expect(loaded.data.devices?.board).toMatchObject({ identity: "sub/keys/id", "ssh-config": "/etc/ssh/cfg" });
    expect(loaded.lineOf(["devices", "board"])).toBe(5);
    expect(loaded.lineOf(["models", 0, "path"])).toBe(2);
    // From another working folder, the same file finds the same model.
    expect(loadConfig(path, match, tmpdir()).data.models?.[0]?.path).toBe(relative(tmpdir(), join(dir, "sub/models/mlp.onnx")));
  });

  it("defaults --config to ./dnntune.yml only when it exists", () => {
    expect(configPathOf(undefined, dir)).toBeUndefined();
    write(DEFAULT_CONFIG_FILE, "");
    expect(configPathOf(undefined, dir)).toBe(DEFAULT_CONFIG_FILE);
    expect(configPathOf("other.yml", dir)).toBe("other.yml");
  });
});

describe("loadConfig on a file with thousands of entries", () => {
  it("refuses them at once, naming each section over its limit", () => {
    const dir = mkdtempSync(join(tmpdir(), "config-size-"));
    const path = join(dir, "dnntune.yml");
    const networks = Array.from({ length: 15000 }, (_, i) => `  n${i}: { uplink-mbps: 1, downlink-mbps: 1, rtt-ms: 1 }`).join("\n");
    writeFileSync(path, `networks:\n${networks}\n`);
    expect(() => loadConfig(path)).toThrow(`${path}: networks: holds 15000 entries; at most ${MAX_CONFIG_ENTRIES.networks}`);
  });
});

describe("loadConfig on names every object inherits", () => {
  it("refuses constructor and toString as device and network names, by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "config-reserved-"));
    const path = join(dir, "dnntune.yml");
    writeFileSync(path, "devices:\n  constructor: { transport: local }\nnetworks:\n  toString: { uplink-mbps: 1, downlink-mbps: 1, rtt-ms: 1 }\n");
    let lines: readonly string[] = [];
    try {
      loadConfig(path);
    } catch (error) {
      lines = (error as FormatError).lines;
    }
    expect(lines).toEqual([
      `${path}: devices.constructor: "constructor" is a reserved name; choose another`,
      `${path}: networks.toString: "toString" is a reserved name; choose another`,
    ]);
  });
});
