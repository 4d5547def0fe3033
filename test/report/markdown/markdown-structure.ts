// Checks that a comment's Markdown has the structure dnntune writes and nothing a name could have
// added: one marker, balanced <details>, GFM tables whose every row has the header's cells, Mermaid
// blocks in the xychart grammar, and, outside code spans, no HTML but our own tags and nothing that
// mentions or links. Code spans are found by CommonMark's rule (a run of backticks closed by a run
// of the same length), which is how GitHub keeps their content from being read as Markdown.
import { expect } from "vitest";
import { COMMENT_MARKER } from "../../../src/report/markdown/render-comment.js";

/** The line with every code span replaced by `⟦code⟧`. */
export function outsideCode(line: string): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    // A backslash escapes the next character, a backtick included: it starts no code span.
    if (line[i] === "\\") {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== "`") {
      out += line[i];
      i++;
      continue;
    }
    let run = 0;
    while (line[i + run] === "`") run++;
    const fence = "`".repeat(run);
    // The closing run must be exactly as long: a whole run of its own, not part of a longer one.
    let close = -1;
    for (let j = i + run; j < line.length;) {
      if (line[j] !== "`") {
        j++;
        continue;
      }
      let end = j;
      while (line[end] === "`") end++;
      if (end - j === run) {
        close = j;
        break;
      }
      j = end;
    }
    if (close === -1) {
      out += fence;
      i += run;
    } else {
      out += "⟦code⟧";
      i = close + run;
    }
  }
  return out;
}

/** Cells of a table row as GFM splits it: at every pipe not escaped by a backslash. */
export function cellCount(row: string): number {
  const inner = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).length;
}

const ALLOWED_TAG = /^<\/?(details|summary|sub)>/;
const MERMAID_LINE = [
  /^xychart-beta$/,
  /^ {2}title "[^"%#;<>`\\]*"$/,
  /^ {2}x-axis \[("[^"%#;<>`\\]*"(, )?)*\]$/,
  /^ {2}y-axis "[^"%#;<>`\\]*"$/,
  /^ {2}(bar|line) \[(-?\d+(\.\d+)?(e-?\d+)?(, )?)*\]$/,
];

export function expectWellFormed(markdown: string): void {
  const lines = markdown.split("\n");
  expect(lines[0]).toMatch(/^<!-- dnntune:comment( "[^"]*")? -->$/);
  expect(markdown.endsWith("\n")).toBe(true);
  // eslint-disable-next-line no-control-regex
  expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  let inMermaid = false;
  let table: number | undefined;
  let details = 0;
  lines.forEach((line, index) => {
    const at = `line ${index + 1}: ${line.slice(0, 200)}`;
    if (inMermaid) {
      if (line === "```") inMermaid = false;
      else expect(MERMAID_LINE.some((rule) => rule.test(line)), at).toBe(true);
      return;
    }
    if (line === "```mermaid") {
      inMermaid = true;
      return;
    }
    expect(line.startsWith("```"), at).toBe(false);
    // A table: the header fixes the cell count; a row ends at a blank line, never at text.
    if (line.startsWith("|")) {
      const cells = cellCount(line);
      if (table === undefined) table = cells;
      expect(cells, at).toBe(table);
    } else {
      if (table !== undefined) expect(line, `${at} (the line after a table must be blank)`).toBe("");
      table = undefined;
    }
    const plain = outsideCode(line);
    if (index > 0) {
      expect(plain, at).not.toContain("<!--");
      expect(plain, at).not.toContain("-->");
    }
    for (const match of plain.matchAll(/</g)) expect(plain.slice(match.index), at).toMatch(index === 0 ? /^<!--/ : ALLOWED_TAG);
    // Nothing that GitHub would turn into a mention or an issue link.
    expect(plain, at).not.toMatch(/@[\p{L}\p{N}_-]/u);
    expect(plain, at).not.toMatch(/#\d/);
    details += (plain.match(/<details>/g) ?? []).length - (plain.match(/<\/details>/g) ?? []).length;
    expect(details, at).toBeGreaterThanOrEqual(0);
  });
  expect(inMermaid).toBe(false);
  expect(details).toBe(0);
  expect(lines.filter((l) => l.startsWith(COMMENT_MARKER.slice(0, 19))).length).toBe(1);
}
