// Mutators for the fuzz tests: arbitraries that take real input (a fixture's bytes, a parsed
// JSON document) and break it the ways files get broken — bit flips, truncation, splices of
// other files, and values of the wrong type or range at any field.
import fc from "fast-check";
import { FormatError, InputError } from "../../src/errors.js";

type Edit =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "truncate"; at: number }
  | { kind: "splice"; at: number; from: number; length: number; donor: number; replace: boolean }
  | { kind: "bytes"; at: number; bytes: Uint8Array; replace: boolean };

const edit = (donors: number): fc.Arbitrary<Edit> => fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("splice" as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 512 }), donor: fc.integer({ min: 0, max: donors - 1 }), replace: fc.boolean() }),
  fc.record({ kind: fc.constant("bytes" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }), replace: fc.boolean() }),
);

function apply(bytes: Uint8Array, e: Edit, donors: readonly Uint8Array[]): Uint8Array {
  const at = bytes.length === 0 ? 0 : e.at % (bytes.length + 1);
  const insert = (chunk: Uint8Array, replace: boolean) => {
    const out = new Uint8Array(bytes.length + chunk.length);
    out.set(bytes.subarray(0, at));
    out.set(chunk, at);
    out.set(bytes.subarray(replace ? Math.min(bytes.length, at + chunk.length) : at), at + chunk.length);
    return out.subarray(0, replace ? Math.max(bytes.length, at + chunk.length) : out.length);
  };
  switch (e.kind) {
    case "flip": {
      if (bytes.length === 0) return bytes;
      const out = bytes.slice();
      out[at % bytes.length]! ^= 1 << e.bit;
      return out;
    }
    case "truncate":
      return bytes.subarray(0, at);
    case "splice": {
      const donor = donors[e.donor]!;
      const from = donor.length === 0 ? 0 : e.from % donor.length;
      return insert(donor.subarray(from, from + e.length), e.replace);
    }
    case "bytes":
      return insert(e.bytes, e.replace);
  }
}

/** One of `bases`, broken by 1–4 edits (splices take their bytes from any base). */
export function mutatedBytes(bases: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(edit(bases.length), { minLength: 1, maxLength: 4 }))
    .map(([b, edits]) => edits.reduce((bytes, e) => apply(bytes, e, bases), bases[b]!));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value (arrays and objects included), root first. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** Values of every JSON type, with the edge cases parsers forget. */
export const oddJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, -0.5, 1e308, -1e308, 2 ** 53 + 2, "", "NaN", "Infinity", "-1", "1e9", [], {}, [null], [-1], [1, "2"], { toString: 1 }, { valueOf: "x", toString: [] }, { __proto__: null } as never, { constructor: 1 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type JsonEdit = { path: number; kind: "delete" | "replace" | "duplicate" | "empty"; value: Json };

/** `base` with 1–3 fields deleted, replaced by odd values, duplicated or emptied. */
export function mutatedJson(base: Json): fc.Arbitrary<Json> {
  const edits = fc.array(fc.record({ path: fc.nat(), kind: fc.constantFrom("delete", "replace", "duplicate", "empty"), value: oddJson }), { minLength: 1, maxLength: 3 });
  return edits.map((list) => list.reduce((doc: Json, e: JsonEdit) => {
    const copy = structuredClone(doc);
    const all = paths(copy);
    const path = all[e.path % all.length]!;
    if (path.length === 0) return e.kind === "replace" ? e.value : copy;
    const parent = path.slice(0, -1).reduce((v: Json, k) => (v as Record<string | number, Json>)[k]!, copy) as Record<string | number, Json> | Json[];
    const key = path.at(-1)!;
    const current = (parent as Record<string | number, Json>)[key]!;
    switch (e.kind) {
      case "delete":
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case "replace":
        (parent as Record<string | number, Json>)[key] = e.value;
        break;
      case "duplicate":
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        else if (Array.isArray(current)) current.push(structuredClone(current[0] ?? null));
        break;
      case "empty":
        (parent as Record<string | number, Json>)[key] = Array.isArray(current) ? [] : current !== null && typeof current === "object" ? {} : "";
        break;
    }
    return copy;
  }, base));
}

/**
 * The contract of every parser of outside data: it returns, or it throws a FormatError that
 * names `file` (or an InputError). Anything else — a TypeError, a RangeError — is a bug.
 * Returns the parsed value, or undefined when it was refused.
 */
export function parsesOrRefuses<T>(parse: () => T, file: string): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof FormatError) {
      if (error.file !== file || !error.message.includes(file)) throw new Error(`FormatError names ${error.file}, not ${file}: ${error.message}`, { cause: error });
      return undefined;
    }
    if (error instanceof InputError) return undefined;
    throw error;
  }
}
