// `dnntune report --format json`: everything a report renders, in one file — the comparison, the
// split (its diff and the head's splits) and the gate's decision with its reasons — for tools.

import type { ReportInput } from "../gate/types.js";

export const REPORT_SCHEMA = "dnntune.report/v1";

export function reportJson(input: ReportInput): string {
  return `${JSON.stringify({ schema: REPORT_SCHEMA, ...input }, null, 1)}\n`;
}
