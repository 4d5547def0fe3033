import { describe, expect, it } from "vitest";
import { flagOf, parseCommandArgs, type CommandSpec } from "../../src/config/command-options.js";
import { InputError } from "../../src/errors.js";

const spec: CommandSpec = {
  name: "try",
  summary: "a command for the test",
  positionals: "model",
  options: [
    { flag: "model", type: "string", multiple: true, field: "models", help: "models" },
    { flag: "out", type: "string", field: "out", required: { what: "the file to write", example: "out.json" }, help: "output" },
    { flag: "profile-runs", type: "string", field: "profileRuns", help: "runs" },
    { flag: "fast", type: "boolean", field: "fast", help: "go fast" },
  ],
};

describe("parseCommandArgs", () => {
  it("reads flags by the table; plain arguments join the positional option", () => {
    expect(parseCommandArgs(["--out", "o.json", "--model", "a.onnx", "b.onnx", "--profile-runs=3", "--fast"], spec))
      .toEqual({ out: "o.json", model: ["a.onnx", "b.onnx"], "profile-runs": "3", fast: true });
  });

  it("says when help was asked for, whatever else is wrong", () => {
    expect(parseCommandArgs(["--help"], spec)).toEqual({ help: true });
    expect(parseCommandArgs(["-h", "--nope"], spec)).toEqual({ help: true });
  });

  it("names the nearest flag for a typo", () => {
    expect(() => parseCommandArgs(["--out", "o", "--modle", "m.onnx"], spec)).toThrow(/^--modle: Unknown option '--modle' \(did you mean --model\? dnntune try --help lists the options\)$/);
  });

  it("refuses unknown flags, missing values and missing required options with one line", () => {
    expect(() => parseCommandArgs(["--out", "o", "--rusn", "3"], spec)).toThrow(/^--rusn: Unknown option '--rusn' \(dnntune try --help lists the options\)$/);
    expect(() => parseCommandArgs(["--out"], spec)).toThrow(/^--out: Option '--out <value>' argument missing/);
    expect(() => parseCommandArgs([], spec)).toThrow(new InputError("out", "give the file to write, e.g. out out.json"));
    const missing = (() => { try { parseCommandArgs([], spec); } catch (error) { return error as InputError; } return undefined; })();
    expect(missing?.describe((f) => flagOf(spec, f))).toBe("--out: give the file to write, e.g. --out out.json");
  });

  it("refuses plain arguments where the command takes none", () => {
    expect(() => parseCommandArgs(["stray"], { ...spec, positionals: undefined, options: spec.options.slice(2) })).toThrow(/^arguments: unexpected argument "stray"/);
  });
});

describe("flagOf", () => {
  it("names a field by the flag that sets it, or leaves it as it is", () => {
    expect(flagOf(spec, "profileRuns")).toBe("--profile-runs");
    expect(flagOf(spec, "models")).toBe("--model");
    expect(flagOf(spec, "split resnet")).toBe("split resnet");
  });
});
