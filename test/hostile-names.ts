// Names a model or a file can carry that must never reach a terminal or an Actions log raw, and
// the check that a printed text holds none of their effects.
import { expect } from "vitest";

export const HOSTILE_NAMES = ["\x1b[31mred\x1b[0m", "\n::error::forged", "\r::add-mask::secret", "##[error]old-style", "\u202eevil"];

// Control characters are exactly what this looks for.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** No control character but the newlines between lines; no line that starts a workflow command. */
export function expectSafe(text: string): void {
  for (const line of text.split("\n")) {
    expect(line).not.toMatch(UNSAFE);
    expect(line).not.toMatch(/^\s*::/);
    expect(line).not.toContain("##[");
  }
}
