// docs/configuration.md is generated from dnntune.yml's schema; this fails when it is stale, and
// when a YAML example in the docs or the README would not pass dnntune's own check.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_REFERENCE, renderConfigReference } from "../scripts/config-reference.js";
import { parseConfigText } from "../src/config/read-config.js";
import { errorLine } from "../src/report/error-line.js";

const root = new URL("../", import.meta.url).pathname;

/** The ```yaml blocks of a Markdown file, with the line each starts on. */
function yamlBlocks(file: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = readFileSync(`${root}${file}`, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "```yaml") continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === "```");
    blocks.push({ line: i + 1, text: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return blocks;
}

describe("docs/configuration.md", () => {
  it("matches the schema's descriptions (npm run schema rewrites it)", () => {
    expect(readFileSync(`${root}${CONFIG_REFERENCE}`, "utf8") === renderConfigReference(), "docs/configuration.md is stale: run npm run schema").toBe(true);
  });

  it("documents every key of every section", () => {
    const reference = renderConfigReference();
    for (const key of ["models[].inputs", "devices.<name>.serial", "devices.<name>.ssh-config", "devices.<name>.meter.argv", "bench.max-runs", "gate.min-abs.model-us", "gate.fail-on", "split.pairs[].mobile", "report.top-layers"]) {
      expect(reference).toContain(`| \`${key}\``);
    }
  });
});

describe.each(["docs/configuration.md", "README.md"])("every dnntune.yml example in %s", (file) => {
  const blocks = yamlBlocks(file).filter((b) => /^#\s*dnntune\.yml/.test(b.text) || /^(models|devices|networks|bench|gate|split|report):/m.test(b.text));

  it("is there to check", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [b.line, b.text] as const))("validates against the schema (block at line %i)", (line, text) => {
    let problem: string | undefined;
    try {
      parseConfigText(text, `${file}:${line}`);
    } catch (error) {
      problem = errorLine(error);
    }
    expect(problem).toBeUndefined();
  });
});
