// A part of the comment that can be shortened row by row to fit a budget of characters: a table
// whose later rows can go, with a closing line that says how many went and where they are.

export interface Trimmable {
  /** What comes before the rows (a heading, a table's header); may be several lines. */
  head: string;
  /** In the order shown, which is the order they are kept in; each may be several lines. */
  rows: readonly string[];
  /** What follows the rows when `omitted` of them were left out: "" or text starting with a newline. */
  tail: (omitted: number) => string;
}

/** The whole part. */
export function fullText(part: Trimmable): string {
  return [part.head, ...part.rows].join("\n") + part.tail(0);
}

/**
 * The head, as many rows as fit in `budget` characters, and the tail; "" when not even the head,
 * one row and the tail fit (a part with rows is never shown empty).
 */
export function fittedText(part: Trimmable, budget: number): string {
  const whole = fullText(part);
  if (whole.length <= budget) return whole;
  // The tail's length grows with the count's digits: reserve the longest it can be.
  let used = part.head.length + part.tail(part.rows.length).length;
  let kept = 0;
  for (const row of part.rows) {
    if (used + 1 + row.length > budget) break;
    used += 1 + row.length;
    kept++;
  }
  if (kept === 0 && part.rows.length > 0) return "";
  return [part.head, ...part.rows.slice(0, kept)].join("\n") + part.tail(part.rows.length - kept);
}
