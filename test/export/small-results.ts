// A small results file for the export tests, with samples chosen so that every median and
// quartile (type 7) can be worked out by hand; the expected exports are written next to the tests.
import type { Results } from "../../src/results/types.js";
import { model, results } from "../compare/fixtures.js";

/** A layer name holding what JSON must escape: quotes, a backslash, a newline, a tab, ESC. */
export const ODD_LAYER = 'odd "quoted" \\ name\n\t\u001b[31m';

export function smallResults(): Results {
  // sorted 10 11 12 13 40: p25 = 11, median = 12, p75 = 13
  const tiny = model("tiny", [10, 12, 11, 40, 13], [
    // sorted 4 5 6: p25 = 4 + 0.5 × 1 = 4.5, median 5, p75 = 5.5
    { name: "conv", op: "Conv", shape: [1, 4], samples: [4, 6, 5] },
    // 1 and 1.5: p25 = 1 + 0.25 × 0.5 = 1.125, median 1.25, p75 = 1.375
    { name: "relu", op: "Relu", shape: [1, 4], samples: [1, 1.5] },
    // one sample: all three are 2
    { name: ODD_LAYER, op: "Gemm", shape: [1, 2], samples: [2] },
  ], "t", { oneProcess: true });
  // sorted 3.0 3.2 3.4 3.6: p25 = 3.0 + 0.75 × 0.2 = 3.15, median 3.3, p75 = 3.4 + 0.25 × 0.2 = 3.45
  tiny.energy = { unit: "mJ", source: "measured:rapl", samples: [3.2, 3.0, 3.4, 3.6] };
  const second = model("second", [100], [], "s", { oneProcess: true });
  second.warnings = [{ code: "high-variation", message: "end-to-end latency: coefficient of variation 40.0 % (above 10 %)" }];
  return results([tiny, second], "pixel 7");
}
