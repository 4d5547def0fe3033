import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FormatError } from "../src/errors.js";
import { closest, describe as describeValue, formatPath, validateFile, validateVersioned, type VersionedFormat } from "../src/validate-file.js";

describe("validateVersioned: migration steps keyed by version", () => {
  // A made-up format at v3: v2 renamed `n` to `count`, v3 added `tags` (default []).
  const steps: string[] = [];
  const format: VersionedFormat<z.ZodType<{ schema: string; count: number; tags: string[] }>> = {
    name: "example.format",
    version: 3,
    schema: z.object({ schema: z.literal("example.format/v3"), count: z.number(), tags: z.array(z.string()) }),
    kind: "an example file",
    migrations: {
      1: () => steps.push("1"),
      2: (file) => {
        steps.push("2");
        file.count = file.n;
        delete file.n;
      },
      3: (file) => {
        steps.push("3");
        file.tags ??= [];
      },
    },
  };

  it("runs every step from the file's version up, in order", () => {
    steps.length = 0;
    expect(validateVersioned(format, { schema: "example.format/v1", n: 4 }, "e.json")).toEqual({ schema: "example.format/v3", count: 4, tags: [] });
    expect(steps).toEqual(["1", "2", "3"]);
  });

  it("runs only the steps a newer file needs, and the current version's defaults", () => {
    steps.length = 0;
    expect(validateVersioned(format, { schema: "example.format/v3", count: 1 }, "e.json").tags).toEqual([]);
    expect(steps).toEqual(["3"]);
  });

  it("refuses a newer version by name, and the fix", () => {
    expect(() => validateVersioned(format, { schema: "example.format/v4" }, "e.json")).toThrow('e.json: schema: "example.format/v4" is newer than this dnntune reads (example.format/v3); upgrade dnntune');
  });

  it("refuses a version without a step as never written", () => {
    expect(() => validateVersioned(format, { schema: "example.format/v0" }, "e.json")).toThrow("is not a version dnntune ever wrote");
  });

  it("validates after migrating, naming the migrated field", () => {
    expect(() => validateVersioned(format, { schema: "example.format/v1", n: "four" }, "e.json")).toThrow('e.json: count: expected a number; got "four"');
  });
});

describe("problem lines", () => {
  it("quote path keys that are not plain words, and escape control characters", () => {
    expect(formatPath(["graph", "tensors", "a/b\n\u001b[31m", "dtype"])).toBe('graph.tensors["a/b\\n\\u001b[31m"].dtype');
    expect(formatPath([])).toBeUndefined();
    expect(describeValue("x\u001b]0;evil\u0007")).toBe('"x\\u001b]0;evil\\u0007"');
    expect(describeValue("y".repeat(1000))).toHaveLength(60);
  });

  it("one FormatError line per problem, capped at 20 with a count", () => {
    const error = FormatError.of("f.json", Array.from({ length: 23 }, (_, i) => ({ field: `a[${i}]`, message: "bad\nvalue" })));
    expect(error.lines).toHaveLength(21);
    expect(error.lines[0]).toBe("f.json: a[0]: bad value");
    expect(error.lines[20]).toBe("f.json: and 3 more problems");
    expect(error.field).toBe("a[0]");
  });

  it("suggest the nearest key for a typo, or list the keys", () => {
    const schema = z.strictObject({ devices: z.record(z.string(), z.strictObject({ power: z.number().optional() })) });
    expect(() => validateFile(schema, { devices: { pixel: { pwoer: 1 } } }, "c.yml")).toThrow('c.yml: devices.pixel.pwoer: unknown key; did you mean "power"?');
    expect(() => validateFile(schema, { devices: {}, colour: 1 }, "c.yml")).toThrow("c.yml: colour: unknown key; expected one of devices");
    expect(closest("netwroks", ["networks", "devices"])).toBe("networks");
    expect(closest("zzz", ["networks", "devices"])).toBeUndefined();
  });
});

describe("validateFile: words, unions and problems found by the caller", () => {
  const form = z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("a"), x: z.number() }),
    z.strictObject({ kind: z.literal("b"), y: z.number() }),
  ]);
  const schema = z.strictObject({ level: z.enum(["basic", "extended"]).optional(), item: form.optional(), either: z.union([z.enum(["on", "off"]), form]).optional() });
  const lines = (value: unknown, more: { field: string; message: string }[] = []) => {
    try {
      validateFile(schema, value, "f.yml", more);
    } catch (error) {
      return (error as FormatError).lines;
    }
    return [];
  };

  it("suggests the word one edit away, not any short word", () => {
    expect(lines({ level: "basc" })).toEqual(['f.yml: level: expected one of "basic", "extended"; got "basc"; did you mean "basic"?']);
    expect(lines({ level: "max" })).toEqual(['f.yml: level: expected one of "basic", "extended"; got "max"']);
  });

  it("names a key of another form of a discriminated union as such", () => {
    expect(lines({ item: { kind: "a", x: 1, y: 2 } })).toEqual(['f.yml: item.y: unknown key; "y" is for kind b, not kind a']);
  });

  it("reports the problems of the union form the value has the type of", () => {
    expect(lines({ either: "of" })).toEqual(['f.yml: either: expected one of "on", "off"; got "of"; did you mean "on"?']);
    expect(lines({ either: { kind: "b", y: "2" } })).toEqual(['f.yml: either.y: expected a number; got "2"']);
  });

  it("adds the caller's problems after the schema's, all in one error", () => {
    expect(lines({ level: 3 }, [{ field: "item", message: "no such thing" }])).toEqual(['f.yml: level: expected one of "basic", "extended"; got 3', "f.yml: item: no such thing"]);
  });
});
