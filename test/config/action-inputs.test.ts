import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ACTION_INPUTS, actionInputName } from "../../src/config/action-inputs.js";
import { benchConfig } from "../../src/config/bench-args.js";
import { InputError } from "../../src/errors.js";
import { errorLine } from "../../src/report/error-line.js";

const actionYml = parse(readFileSync(new URL("../../action.yml", import.meta.url), "utf8")) as { inputs: Record<string, unknown> };

describe("the action names fields by its inputs", () => {
  it("maps only to inputs action.yml declares", () => {
    for (const input of Object.values(ACTION_INPUTS)) expect(Object.keys(actionYml.inputs)).toContain(input);
  });

  it("reports `input runs`, not --runs, for a bad runs input", () => {
    const error = (() => { try { benchConfig({ model: ["m.onnx"], out: "o.json", runs: "1e9" }); } catch (e) { return e; } return undefined; })();
    expect(error).toBeInstanceOf(InputError);
    expect(errorLine(error, actionInputName)).toBe('input runs: expected an integer from 1 to 100000, in digits; got "1e9"');
  });

  it("spells the fix with its input too", () => {
    const error = new InputError("inputShapes", (name) => `input "x" has dynamic shape [batch, 64]; give one with ${name("inputShapes")} x=1x64`);
    expect(errorLine(error, actionInputName)).toBe('input input: input "x" has dynamic shape [batch, 64]; give one with input input x=1x64');
    expect(actionInputName("warmupRuns")).toBe("input warmup");
    expect(actionInputName("profileRuns")).toBe("input profile-runs");
    expect(actionInputName("paired.baseModel")).toBe("paired.baseModel");
  });
});
