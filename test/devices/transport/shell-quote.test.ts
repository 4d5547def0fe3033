// shellQuote against the real thing: a POSIX `sh` parses the quoted words back into argv.
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shellCommand, shellQuote } from "../../../src/devices/transport/shell-quote.js";

// What argv a shell makes of `command`, read back NUL-separated by its own printf.
function shellArgv(words: string): string[] {
  const out = execFileSync("sh", ["-c", `printf '%s\\0' ${words}`], { encoding: "utf8" });
  return out.split("\0").slice(0, -1);
}

// Characters a shell treats specially, mixed into otherwise arbitrary text.
const awkward = fc.constantFrom("'", "\"", "$(", ")", "`", "\n", " ", "\t", "\\", "!", "*", "?", "~", "#", ";", "&", "|", "<", ">", "{", "}", "[", "]", "=", "-", "%", "$HOME", "${x}", "é", "日本", "🙂", "\r");
// Any text that can be an argv word: no NUL, no lone surrogate (not encodable as UTF-8).
const arg = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.array(fc.oneof(awkward, fc.string({ unit: "grapheme-ascii", maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join("")),
).map((s) => s.replaceAll("\0", ""));

describe("shellQuote", () => {
  it("brings any argument list through sh -c unchanged", () => {
    // One shell per run of the property, each run carrying many arguments, keeps this fast.
    fc.assert(fc.property(fc.array(arg, { minLength: 1, maxLength: 40 }), (args) => {
      expect(shellArgv(args.map(shellQuote).join(" "))).toEqual(args);
    }), { numRuns: 150 });
  });

  it("keeps the awkward cases literal", () => {
    const args = ["a b", "it's", "\"q\"", "$(touch pwned)", "`id`", "line1\nline2", "", "-rf", "A=b", "~", "*", "日本語 🙂"];
    expect(shellArgv(args.map(shellQuote).join(" "))).toEqual(args);
  });

  it("leaves plain words bare and quotes the rest", () => {
    expect(shellQuote("/data/local/tmp/model.onnx")).toBe("/data/local/tmp/model.onnx");
    expect(shellQuote("--threads=4")).toBe("'--threads=4'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote("")).toBe("''");
  });

  it("runs a command in a folder", () => {
    expect(shellCommand(["ls", "a b"], "/tmp/x y")).toBe("cd '/tmp/x y' && ls 'a b'");
    const out = execFileSync("sh", ["-c", shellCommand(["pwd"], "/")], { encoding: "utf8" });
    expect(out.trim()).toBe("/");
  });
});
