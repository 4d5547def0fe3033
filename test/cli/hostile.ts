// Names a model or a file can carry that must never reach a terminal or an Actions log raw, and
// the check that a printed text holds none of their effects.
import { expect } from "vitest";

export const HOSTILE_NAMES = ["\x1b[31mred\x1b[0m", "\n::error::forged", "\r::add-mask::secret", "##[error]old-style", "\u202eevil"];

/** No control character but the newlines between lines; no line that starts a workflow command. */
export function expectSafe(text: string): void {
  for (const line of text.split("\n")) {
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(line).not.toMatch(/^\s*::/);
    expect(line).not.toContain("##[");
  }
}
