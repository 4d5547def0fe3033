import { describe, expect, it } from "vitest";
import { parseLayerSelection } from "../../src/export/layer-selection.js";
import { inputErrorOf } from "../helpers/input-error-of.js";

describe("parseLayerSelection", () => {
  it.each([
    ["none", { kind: "none" }],
    ["all", { kind: "all" }],
    ["top:1", { kind: "top", count: 1 }],
    [" top:25 ", { kind: "top", count: 25 }],
    ["top:007", { kind: "top", count: 7 }],
  ])("reads %j", (text, selection) => {
    expect(parseLayerSelection(text)).toEqual(selection);
  });

  it.each(["top:0", "top:-1", "top:1.5", "top", "top:", "5", "ALL", "top:1e3", "top:9999999999", ""])("refuses %j, naming the field and the forms it takes", (text) => {
    const error = inputErrorOf(() => parseLayerSelection(text));
    expect(error.field).toBe("layers");
    expect(error.message).toBe(`layers: expected none, all or top:N with N a whole number from 1 (the N slowest layers of each model); got ${JSON.stringify(text)}`);
  });
});
