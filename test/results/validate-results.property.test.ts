// Any value at any place of a valid results file: validateResults returns results or throws a
// FormatError naming a field — never a TypeError from a check that ran on a half-valid value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { validateResults } from "../../src/results/read-results.js";
import { model, results } from "../compare/fixtures.js";

const base = () => JSON.parse(JSON.stringify(results([
  model("m", [10, 11, 12], [{ name: "a", op: "Conv", shape: [1, 4], samples: [1, 2] }, { name: "b", op: "Relu", shape: [1, 4], samples: [3, 4] }]),
]))) as unknown;

/** Every path to a value inside `value`, objects and arrays included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [at];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...children.flatMap(([k, v]) => paths(v, [...at, k]))];
}
const allPaths = paths(base()).filter((p) => p.length > 0);

function set(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

describe("validateResults on arbitrary damage", () => {
  it("returns results or throws a FormatError with a field", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...allPaths), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined))), { minLength: 1, maxLength: 4 }), (edits) => {
        const value = base();
        for (const [path, replacement] of edits) {
          try {
            set(value, path, replacement);
          } catch {
            // An earlier edit removed the path's parent.
          }
        }
        try {
          validateResults(value, "r.json");
        } catch (error) {
          expect(error).toBeInstanceOf(FormatError);
          expect((error as FormatError).lines.every((line) => line.startsWith("r.json: "))).toBe(true);
        }
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
