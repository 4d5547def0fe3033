// Replicate processes merge only what they measured alike: energy measured by a meter in one
// process and modelled in another (its meter failed there) is two quantities, and is refused.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { mergeModelReplicates } from "../../src/results/merge-replicates.js";
import type { ModelResult, Results } from "../../src/results/types.js";

const mlp = (JSON.parse(readFileSync(new URL("../../fixtures/results/local.results.json", import.meta.url), "utf8")) as Results).models.find((m) => m.name === "mlp")!;
const withEnergy = (energy: ModelResult["energy"]): ModelResult => ({ ...mlp, ...(energy ? { energy } : {}) });

describe("mergeModelReplicates and energy", () => {
  it("merges energy measured the same way, samples of both processes", () => {
    const a = withEnergy({ unit: "mJ", source: "measured:rapl", samples: [1, 2], idleW: 3 });
    const b = withEnergy({ unit: "mJ", source: "measured:rapl", samples: [3], idleW: 3.1 });
    expect(mergeModelReplicates(a, b, "r.json").energy!.samples).toEqual([1, 2, 3]);
  });

  it("refuses energy measured in one process and modelled in another, saying why that happens", () => {
    const measured = withEnergy({ unit: "mJ", source: "measured:command", samples: [1, 2] });
    const modelled = withEnergy({ unit: "mJ", source: "modelled", samples: [5, 6], watts: 2.5 });
    expect(() => mergeModelReplicates(measured, modelled, "r.json")).toThrow(FormatError);
    expect(() => mergeModelReplicates(measured, modelled, "r.json")).toThrow(/got their energy differently \(measured:command vs modelled at 2\.5 W\); a meter that failed in one process/);
    expect(() => mergeModelReplicates(measured, withEnergy(undefined), "r.json")).toThrow(/measured:command vs no energy/);
  });
});
