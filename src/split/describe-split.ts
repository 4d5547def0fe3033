// One phrase for a split, the same in reports and in split findings: "mobile-only",
// "cloud-only", "after `block_4`" for a topological prefix, or the tensors a DAG cut sends.

import type { SplitProblem } from "./build-split-problem.js";
import type { SplitPlace } from "./schema.js";

export type { SplitPlace } from "./schema.js";

export function placeOf(problem: SplitProblem, phone: Uint8Array, sentTensors: readonly string[]): SplitPlace {
  let phoneCount = 0;
  for (const bit of phone) phoneCount += bit;
  if (phoneCount === phone.length) return { kind: "mobile-only" };
  if (phoneCount === 0) return { kind: "cloud-only" };
  let isPrefix = true;
  for (let i = 0; i < phoneCount; i++) if (!phone[i]) isPrefix = false;
  if (isPrefix) return { kind: "after", node: problem.nodes[phoneCount - 1]! };
  return { kind: "cut", sentTensors: [...sentTensors] };
}

/** Markdown-ready words; names are in backticks, and the report escapes them. */
export function describeSplit(place: SplitPlace): string {
  switch (place.kind) {
    case "mobile-only":
      return "mobile-only";
    case "cloud-only":
      return "cloud-only";
    case "after":
      return `after \`${place.node}\``;
    case "cut":
      return `at the cut sending ${place.sentTensors.map((t) => `\`${t}\``).join(", ")}`;
  }
}

export function samePlace(a: SplitPlace, b: SplitPlace): boolean {
  return describeSplit(a) === describeSplit(b);
}
