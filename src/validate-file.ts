// A parsed file checked against its zod schema: every problem at once, one line each, naming the
// field path — `models[0].layers[3].covers[0]: expected a string; got 1`. Versioned formats are
// brought up to the current version first; a newer one is refused by name.
import type { z } from "zod";
import { FormatError, type Problem } from "./errors.js";

/**
 * The schema's value, or a FormatError listing every problem: the schema's and `more` (checks the
 * schema cannot express, found by the caller on the same value), all at once.
 */
export function validateFile<S extends z.ZodType>(schema: S, value: unknown, file: string, more: readonly Problem[] = []): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true, error: defaultMessage });
  if (result.success && more.length === 0) return result.data;
  throw FormatError.of(file, [...(result.success ? [] : result.error.issues.flatMap((issue) => problemsOf(issue, schema, value))), ...more]);
}

/** A file format whose `schema` field says `<name>/v<N>`. */
export interface VersionedFormat<S extends z.ZodType> {
  /** `dnntune.results`; files say `dnntune.results/v1`. */
  name: string;
  /** The version this dnntune writes and reads. */
  version: number;
  schema: S;
  /** For messages: "a results file written by `dnntune bench`". */
  kind: string;
  /**
   * Migration steps keyed by the version each produces. A file of version k goes through steps
   * k, k+1, … up to `version`. Step k also fills what version k lets a file omit (its documented
   * defaults), so it runs on files of version k as well. No step for a version: that version
   * was never written, and such a file is refused.
   */
  migrations: Readonly<Record<number, (file: Record<string, unknown>) => void>>;
}

export function tagOf(format: VersionedFormat<z.ZodType>, version = format.version): string {
  return `${format.name}/v${version}`;
}

/** A parsed file of `format`: version checked, migrated (in place: `value` is the caller's fresh parse), validated. */
export function validateVersioned<S extends z.ZodType>(format: VersionedFormat<S>, value: unknown, file: string): z.output<S> {
  const current = tagOf(format);
  if (!isObject(value)) throw new FormatError(file, undefined, `expected a JSON object (${format.kind}); got ${describe(value)}`);
  const tag = value.schema;
  const match = typeof tag === "string" ? /^(.*)\/v(\d{1,9})$/.exec(tag) : null;
  if (!match || match[1] !== format.name) {
    throw new FormatError(file, "schema", `expected "${current}" (${format.kind}); got ${describe(tag)}`);
  }
  const version = Number(match[2]);
  if (version > format.version) {
    throw new FormatError(file, "schema", `${describe(tag)} is newer than this dnntune reads (${current}); upgrade dnntune`);
  }
  if (!format.migrations[version]) {
    throw new FormatError(file, "schema", `${describe(tag)} is not a version dnntune ever wrote; expected "${current}"`);
  }
  for (let step = version; step <= format.version; step++) format.migrations[step]?.(value);
  value.schema = current;
  return validateFile(format.schema, value, file);
}

// ---- Problems, one per line ------------------------------------------------------------------

function problemsOf(issue: z.core.$ZodIssue, schema: z.ZodType, root: unknown, prefix: readonly PropertyKey[] = []): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "unrecognized_keys") {
    const { keys: known, others } = objectKeysAt(schema, path, root);
    // A typo may be of a key another form has (`transprt` on a device with no transport yet).
    const anyForm = [...new Set([...known, ...others.flatMap((o) => o.keys)])];
    const current = others.find((o) => o.current);
    return issue.keys.map((key) => {
      const close = closest(key, anyForm);
      const elsewhere = others.find((o) => o.keys.includes(key));
      const hint = elsewhere && current?.label.startsWith("a device without ")
        ? `"${key}" is for ${elsewhere.label}, and this device has none: add ${elsewhere.label.replace(" ", ": ")}`
        : elsewhere ? `"${key}" is for ${elsewhere.label}, not ${current?.label ?? "this one"}`
        : close ? `did you mean "${close}"?` : known.length > 0 ? `expected one of ${known.join(", ")}` : "";
      return { field: formatPath([...path, key]), message: `unknown key${hint ? `; ${hint}` : ""}` };
    });
  }
  // A union whose input has the type of one of its forms (a meter word, or a meter mapping):
  // that form's problems, at their own paths, say more than "none of the forms matched".
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const matching = issue.errors.find((issues) => !issues.some(isTypeMismatch));
    if (matching) return matching.flatMap((inner) => problemsOf(inner, schema, root, path));
  }
  // A record key that fails its own check (a device name with a space): that check's message.
  if (issue.code === "invalid_key") {
    return [{ field: formatPath(path), message: `${issue.issues[0]?.message ?? issue.message}; got ${describe(path.at(-1))}` }];
  }
  // Custom checks write their whole message; every other message says what was expected. A
  // discriminated union reports the whole object at the discriminator's path: show the key's value.
  const discriminator = issue.code === "invalid_union" ? (issue as { discriminator?: string }).discriminator : undefined;
  const input = discriminator !== undefined && isObject(issue.input) ? issue.input[discriminator] : issue.input;
  const got = issue.code === "custom" ? "" : `; got ${describe(input)}`;
  const words = issue.code === "invalid_value" ? issue.values.filter((v): v is string => typeof v === "string")
    : discriminator !== undefined ? discriminatorValues(schema, path.slice(0, -1), root) : [];
  const close = typeof input === "string" ? closeWord(input, words) : undefined;
  return [{ field: formatPath(path), message: `${issue.message}${got}${close && close !== input ? `; did you mean "${close}"?` : ""}` }];
}

// An issue saying the value is not even of this form's type (a string where a mapping goes).
function isTypeMismatch(issue: z.core.$ZodIssue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === "invalid_type") return true;
  return issue.code === "invalid_value" && !issue.values.some((v) => typeof v === typeof issue.input);
}

// Zod's defaults name zod's types ("expected string, received number"); these name the value.
function defaultMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${TYPE_NOUNS[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return issue.values.length === 1 ? `expected ${JSON.stringify(issue.values[0])}` : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = Number(small ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === "array" || issue.origin === "set") return small ? `expected at least ${bound} item${bound === 1 ? "" : "s"}` : `expected at most ${bound} items`;
      if (issue.origin === "string") return small ? `expected at least ${bound} characters` : `expected at most ${bound} characters`;
      return `expected a number ${small ? (inclusive ? "≥" : ">") : inclusive ? "≤" : "<"} ${bound}`;
    }
    case "invalid_format":
      return issue.format === "datetime" ? "expected an ISO 8601 date and time (2026-11-30T12:00:00Z)" : `expected ${issue.format}`;
    case "invalid_union":
      return "expected one of the allowed forms";
    case "not_multiple_of":
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

const TYPE_NOUNS: Record<string, string> = {
  string: "a string", number: "a number", int: "an integer", boolean: "true or false", object: "an object",
  array: "an array", record: "an object", null: "null", tuple: "an array", literal: "a constant",
};

/** `models[0].layers[3].covers[0]`; names that are not plain words are quoted: `tensors["a/b"]`. */
export function formatPath(path: readonly PropertyKey[]): string | undefined {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$-]*$/.test(key) && key.length <= 80) text += text ? `.${key}` : key;
    else text += `[${quote(String(key))}]`;
  }
  return text || undefined;
}

/** A value, briefly and safely (escaped, bounded): `"usb"`, `-2`, `an array of 3`, `nothing`. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return quote(value);
  if (ArrayBuffer.isView(value)) return "binary data";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length}`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value);
    return keys.length === 0 ? "an empty object" : `an object with ${keys.slice(0, 4).map(quote).join(", ")}${keys.length > 4 ? ", …" : ""}`;
  }
  return String(value);
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---- The keys an object at a path may have, for "did you mean" --------------------------------

interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  discriminator?: string;
  values?: unknown[];
}

function defOf(schema: unknown): SchemaDef | undefined {
  return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

// Through optional, nullable, default and pipe wrappers to the schema that holds the value.
function unwrap(schema: unknown): SchemaDef | undefined {
  let def = defOf(schema);
  for (let i = 0; def && i < 16; i++) {
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (inner === undefined) break;
    def = defOf(inner);
  }
  return def;
}

/** Another form of a discriminated union, for "`serial` is for transport adb". */
interface OtherForm {
  label: string;
  keys: string[];
  /** The form the value has. */
  current: boolean;
}

/**
 * The keys the object at `path` may have. Through a discriminated union, the form that the value
 * at that path selects (`transport: ssh`), and the other forms' keys for the message.
 */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[], root: unknown): { keys: string[]; others: OtherForm[] } {
  const at = schemaAt(schema, path, root);
  let def = at?.def;
  let others: OtherForm[] = [];
  if (def?.type === "union" && def.discriminator !== undefined && isObject(at?.value)) {
    const forms = formsOf(def);
    const chosen = forms.find((f) => f.literal === (at.value as Record<string, unknown>)[def!.discriminator!]);
    others = forms.map((f) => ({ label: f.label, keys: Object.keys(f.def?.shape ?? {}), current: f === chosen }));
    def = chosen?.def;
  } else if (def?.type === "union" && def.discriminator === undefined) {
    def = mappingForm(def, at?.value);
  }
  return def?.type === "object" && def.shape ? { keys: Object.keys(def.shape), others } : { keys: [], others: [] };
}

function formsOf(def: SchemaDef): { def: SchemaDef | undefined; literal: unknown; label: string }[] {
  const discriminator = def.discriminator ?? "";
  return (def.options ?? []).map((option) => {
    const optionDef = unwrap(option);
    const literal = unwrap(optionDef?.shape?.[discriminator])?.values?.[0];
    return { def: optionDef, literal, label: literal === undefined ? `a device without ${discriminator}` : `${discriminator} ${String(literal)}` };
  });
}

/** The schema at `path` and the value there, choosing each discriminated union's form by the value. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[], root: unknown): { def: SchemaDef | undefined; value: unknown } | undefined {
  let def = unwrap(schema);
  let value = root;
  for (const key of path) {
    if (def?.type === "union") {
      // A word-or-mapping union (the meter): its mapping form.
      const union: SchemaDef = def.discriminator === undefined ? (def.options ?? []).map(unwrap).find((d) => d?.discriminator !== undefined) ?? def : def;
      const here = value;
      const chosen = union.discriminator !== undefined && isObject(here) ? formsOf(union).find((f) => f.literal === here[union.discriminator!]) : undefined;
      def = union.discriminator !== undefined ? chosen?.def : mappingForm(def, here);
    }
    if (!def) return undefined;
    if (def.type === "object") def = unwrap(def.shape?.[String(key)]);
    else if (def.type === "array") def = unwrap(def.element);
    else if (def.type === "record") def = unwrap(def.valueType);
    else return undefined;
    value = isObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  return { def, value };
}

// A false-or-mapping union (cool-down): its one mapping form, when the value is a mapping.
function mappingForm(union: SchemaDef, value: unknown): SchemaDef | undefined {
  if (!isObject(value)) return undefined;
  const objects = (union.options ?? []).map(unwrap).filter((d) => d?.type === "object");
  return objects.length === 1 ? objects[0] : undefined;
}

/** The words a discriminated union at `path` accepts for its discriminator. */
function discriminatorValues(schema: z.ZodType, path: readonly PropertyKey[], root: unknown): string[] {
  let def = schemaAt(schema, path, root)?.def;
  if (def?.type === "union" && def.discriminator === undefined) def = (def.options ?? []).map(unwrap).find((d) => d?.discriminator !== undefined);
  if (def?.type !== "union" || def.discriminator === undefined) return [];
  return formsOf(def).map((f) => f.literal).filter((v): v is string => typeof v === "string");
}

/** The candidate nearest to `word` by edit distance (Levenshtein), when near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // A unit left off (`rtt` for `rtt-ms`) is as near as a typo.
    const prefix = Math.min(w.length, c.length) >= 3 && (c.startsWith(w) || w.startsWith(c));
    const distance = prefix ? 1 : levenshtein(w, c);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

// A value is shorter than a key and wrong more often by design than by typo (`usb`): suggest only
// a word one edit away, or a third of its length for longer words.
function closeWord(word: string, words: readonly string[]): string | undefined {
  const close = closest(word, words);
  return close !== undefined && levenshtein(word.toLowerCase(), close.toLowerCase()) <= Math.max(1, Math.floor(close.length / 3)) ? close : undefined;
}

function levenshtein(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
