import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shellWord } from "../../src/config/shell-word.js";

describe("shellWord", () => {
  it("bash reads back exactly the text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", minLength: 1 }).filter((s) => !s.includes("\0")), (text) => {
      expect(execFileSync("bash", ["-c", `printf %s ${shellWord(text)}`], { encoding: "utf8" })).toBe(text);
    }), { numRuns: 60 });
  });

  it("leaves a plain flag as it is", () => {
    expect(shellWord("input=1x512")).toBe("input=1x512");
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
  });
});
