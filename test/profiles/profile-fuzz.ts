// Shared fuzzing for the text profile parsers: every prefix of a real fixture, bit flips, splices
// and random bytes. Each parser must return, or refuse with a FormatError naming the file —
// never a TypeError on half a file.
import fc from "fast-check";
import { expect } from "vitest";
import { budget } from "../fuzz/budget.js";
import { mutatedBytes, parsesOrRefuses } from "../fuzz/mutate.js";

/** `parse` on every truncation of every fixture (all offsets), then on mutated and random bytes. */
export function fuzzParser<T>(fixtures: readonly string[], parse: (text: string, file: string) => T, check: (value: T) => void, file = "profile.txt"): void {
  for (const text of fixtures) {
    for (let at = 0; at <= text.length; at++) {
      const value = parsesOrRefuses(() => parse(text.slice(0, at), file), file);
      if (value !== undefined) check(value);
    }
  }
  const bases = fixtures.map((t) => new TextEncoder().encode(t));
  fc.assert(fc.property(fc.oneof(mutatedBytes(bases), fc.uint8Array({ maxLength: 512 })), (bytes) => {
    const value = parsesOrRefuses(() => parse(new TextDecoder().decode(bytes), file), file);
    if (value !== undefined) check(value);
  }), budget());
}

export const isTime = (us: number | undefined) => us === undefined || (Number.isFinite(us) && us >= 0);

export function expectTimes(...values: (number | undefined)[]): void {
  for (const v of values) expect(isTime(v), `time ${v}`).toBe(true);
}
