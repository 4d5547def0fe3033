import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSchema, SCHEMA_FILES } from "../scripts/write-schemas.js";

const root = new URL("../", import.meta.url).pathname;

describe("published JSON Schemas (schema/)", () => {
  it.each(SCHEMA_FILES.map((entry) => [entry.file, entry] as const))("%s matches its zod declaration (npm run schema rewrites it)", (file, entry) => {
    expect(readFileSync(`${root}${file}`, "utf8")).toBe(renderSchema(entry));
  });
});
