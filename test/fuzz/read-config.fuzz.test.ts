// Fuzz the dnntune.yml reader: broken bytes of a real configuration, its fields replaced by odd
// values, and YAML's own hazards (aliases, recursion, tags). It returns a configuration or
// refuses with a FormatError naming the file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { readConfig } from "../../src/config/read-config.js";
import { budget } from "./budget.js";
import { mutatedBytes, mutatedJson, parsesOrRefuses } from "./mutate.js";
import { fifo, readInChild } from "./special-files.js";

const CONFIG = `# dnntune.yml
networks:
  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8, radio-up-w: 1.0 }
  rural: { uplink-mbps: 0.5, downlink-mbps: 2, rtt-ms: 120 }
devices:
  pixel7:
    power: { active-w: 3.1, idle-w: 0.4 }
  server: {}
`;
const dir = mkdtempSync(join(tmpdir(), "dnntune-fuzz-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function readsOrRefuses(text: string | Uint8Array): void {
  const path = join(dir, `dnntune-${n++}.yml`);
  writeFileSync(path, text);
  const config = parsesOrRefuses(() => readConfig(path), path);
  if (!config) return;
  for (const network of config.networks) {
    expect(network.uplinkMbps > 0 && network.downlinkMbps > 0 && network.rttMs >= 0, network.name).toBe(true);
  }
}

// YAML that a careless or hostile file may hold: recursive and exponential aliases, tags, merge
// keys, keys that are not strings, documents that are not mappings.
const HAZARDS = [
  "networks: &n { office: *n }",
  "devices: &d { pixel7: { power: *d } }",
  `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`).join("\n")}\nnetworks: { office: *m }`,
  "networks: !!binary aGVsbG8=",
  "networks: { office: !!set { a, b } }",
  "devices: { pixel7: { power: { active-w: !!float .nan } } }",
  "devices: { pixel7: { power: { active-w: .inf } } }",
  "networks: { office: { <<: { uplink-mbps: 1, downlink-mbps: 1 }, rtt-ms: 1 } }",
  "? [a, b]\n: 1",
  "networks: { [a]: { uplink-mbps: 1, downlink-mbps: 1, rtt-ms: 1 } }",
  "networks: { __proto__: { uplink-mbps: 1, downlink-mbps: 1, rtt-ms: 1 } }",
  "devices: { constructor: { power: { toString: 1 } } }",
  "--- a\n--- b",
  "!custom-tag x",
  "networks:\n  office:\n    uplink-mbps: 1\n    uplink-mbps: 2",
  "\t\u0000\ufeff",
  "",
  "~",
  "[]",
];

describe("readConfig under fuzzing", () => {
  it("reads the configuration the mutations start from", () => {
    readsOrRefuses(CONFIG);
    expect(readConfig(join(dir, "dnntune-0.yml")).networks.map((x) => x.name)).toEqual(["office", "rural"]);
  });

  it("reads or refuses bit flips, truncations and splices of a real dnntune.yml", () => {
    fc.assert(fc.property(mutatedBytes([new TextEncoder().encode(CONFIG)]), readsOrRefuses), budget());
  });

  it("reads or refuses a real dnntune.yml with fields deleted, emptied or of the wrong type", () => {
    fc.assert(fc.property(mutatedJson(parse(CONFIG)), (value) => readsOrRefuses(stringify(value))), budget());
  });

  it.each(HAZARDS.map((text) => [text]))("reads or refuses YAML hazard %j", (text) => {
    readsOrRefuses(text);
  });

  // A value that contains itself through an alias once reached the error message, whose
  // JSON.stringify threw a TypeError ("Converting circular structure to JSON"): exit 70.
  it.each([["a: &a [*a, *a]\nnetworks: *a"], ["networks: { office: &o [*o] }"], ["devices: { pixel7: { power: &p [*p] } }"]])("refuses the recursive alias %j with a FormatError", (text) => {
    readsOrRefuses(text);
  });

  // A FIFO with no writer once hung the reader.
  it("refuses a FIFO instead of waiting for a writer", async () => {
    const { path, done } = fifo();
    try {
      expect(await readInChild("config", path)).not.toBe("hang");
    } finally {
      done();
    }
  });

  it("refuses YAML that is not valid, naming the file", () => {
    const path = join(dir, "broken.yml");
    writeFileSync(path, "networks: { office: [");
    expect(() => readConfig(path)).toThrow(FormatError);
    expect(() => readConfig(path)).toThrow(/broken\.yml: not valid YAML/);
  });
});
