// Writes the published JSON Schemas under schema/ from the zod declarations, so the files that
// third parties validate against cannot drift from what dnntune checks on read.
// It also writes the configuration reference (docs/configuration.md) from the same declaration.
// test/schemas.test.ts imports `SCHEMA_FILES` and fails when a committed schema is stale.
//   npm run schema
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { comparisonSchema } from "../src/compare/schema.js";
import { configSchema } from "../src/config/schema.js";
import { resultsSchema } from "../src/results/schema.js";
import { splitFileSchema } from "../src/split/schema.js";
import { CONFIG_REFERENCE, renderConfigReference } from "./config-reference.js";

/** One published schema per file format: its path under the repository and its declaration. */
export const SCHEMA_FILES: readonly { file: string; title: string; schema: z.ZodType }[] = [
  { file: "schema/results.v1.json", title: "dnntune results (dnntune.results/v1)", schema: resultsSchema },
  { file: "schema/comparison.v1.json", title: "dnntune comparison (dnntune.comparison/v1)", schema: comparisonSchema },
  { file: "schema/split.v1.json", title: "dnntune split file (dnntune.split/v1)", schema: splitFileSchema },
  { file: "schema/config.json", title: "dnntune.yml", schema: configSchema },
];

/** The JSON Schema text of one entry, as committed. */
export function renderSchema(entry: (typeof SCHEMA_FILES)[number]): string {
  // "input": what a reader accepts. Cross-field rules (groups adding up to the samples, covers
  // naming graph nodes, paired arrays of one length) have no JSON Schema form; dnntune checks them.
  // A dnntune.yml device without `transport` is declared only: in JSON Schema, "no such key".
  const json = z.toJSONSchema(entry.schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    override: (ctx) => {
      if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === "undefined") ctx.jsonSchema.not = {};
    },
  });
  return `${JSON.stringify({ ...json, title: entry.title }, null, 2)}\n`;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of SCHEMA_FILES) {
    const path = join(root, entry.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderSchema(entry));
    console.log(`wrote ${entry.file}`);
  }
  writeFileSync(join(root, CONFIG_REFERENCE), renderConfigReference());
  console.log(`wrote ${CONFIG_REFERENCE}`);
}
