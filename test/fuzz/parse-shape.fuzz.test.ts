// Fuzz `--input NAME=SHAPE` parsing: any text is a shape written in digits or an InputError
// naming the field (sizes past the synthesis limit are tested in test/config/parse-shape.test.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseShape } from "../../src/config/parse-shape.js";
import { budget } from "./budget.js";

const shapeText = fc.oneof(
  fc.array(fc.oneof(fc.nat(300).map(String), fc.constantFrom("", " 3", "1e9", "0x10", "1.0", "-1", "NaN", "Infinity", "9007199254740993", "٣")), { minLength: 1, maxLength: 5 })
    .chain((dims) => fc.constantFrom("x", ",").map((sep) => dims.join(sep))),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("[]", "scalar", " [] ", "x", ",", "1xx2"),
);

describe("parseShape under fuzzing", () => {
  it("parse any text into digits-only dimensions, or refuse it naming the flag", () => {
    fc.assert(fc.property(shapeText, (text) => {
      let dims: number[];
      try {
        dims = parseShape(text, "inputShapes", "x");
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).field).toBe("inputShapes");
        expect((error as InputError).key).toBe("x");
        return;
      }
      if (["[]", "scalar"].includes(text.trim())) {
        expect(dims).toEqual([]);
        return;
      }
      // A round trip: the dimensions printed back are the text, less spaces and leading zeros.
      expect(dims.join("x")).toBe(text.trim().split(/[x,]/).map((d) => String(BigInt(d.trim()))).join("x"));
    }), budget());
  });

  it.each([["1e9"], ["1x"], ["0x1e1"], ["1.0"], [""], ["-1x3"]])("refuses the shape %j", (text) => {
    expect(() => parseShape(text, "inputShapes", "x")).toThrow(/^inputShapes x: expected a shape like 1x3x224x224/);
  });
});
