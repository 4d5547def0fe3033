// The README's flag and exit-status tables are generated from the option tables; this fails when
// either side changed without `npm run readme`.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli.js";
import { generatedSections, README, updateReadme } from "../scripts/readme.js";

const readme = readFileSync(README, "utf8");

describe("README.md", () => {
  it("has a generated flag table for every command and the exit statuses", () => {
    for (const name of [...COMMANDS.map((c) => `flags:${c.spec.name}`), "exit-statuses"]) {
      expect(readme, name).toContain(`<!-- ${name} -->\n`);
      expect(readme, name).toContain(`<!-- /${name} -->`);
    }
    expect([...generatedSections().keys()]).toHaveLength(COMMANDS.length + 1);
  });

  it("matches the option tables (run npm run readme after changing a flag)", () => {
    expect(updateReadme(readme) === readme, "README.md's generated tables are stale: run npm run readme").toBe(true);
  });

  it("would notice a table that drifted", () => {
    const drifted = readme.replace("| `--runs N` | 30 |", "| `--runs N` | 31 |");
    expect(drifted).not.toBe(readme);
    expect(updateReadme(drifted)).toBe(readme);
  });
});

describe("README.md's dnntune.yml examples", () => {
  // The top-level keys issue 9 gives dnntune.yml (the schema validates the rest).
  const KEYS = ["models", "devices", "networks", "bench", "gate", "split", "report"];
  // A workflow (`on:` and `jobs:`) is not a dnntune.yml: test/workflows.test.ts lints those.
  const blocks = [...readme.matchAll(/```yaml\n([^`]*)```/g)].map((m) => m[1]!).filter((block) => {
    const value = parse(block) as Record<string, unknown>;
    return !("on" in value && "jobs" in value);
  });

  it("parse as YAML mappings with only the configuration's top-level keys", () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const value = parse(block) as Record<string, unknown>;
      expect(Object.keys(value).every((k) => KEYS.includes(k)), block).toBe(true);
    }
  });
});
