// The names exports give endpoints: `<model> @ <device>`, then `: layer <layer>` for a layer and,
// where the format has no separate measure, `: latency` or `: energy`. Built only from names in
// the results, never from numbers, dates or order, so a run next week charts on the same line.
// Both tools take any string as a name and JSON escapes quotes, backslashes and control
// characters; two limits remain, and are met here the same way on every run: Bencher refuses a
// benchmark name over 1,024 bytes, and its JSON reader refuses an unpaired UTF-16 surrogate.
import { createHash } from "node:crypto";
import { FormatError } from "../errors.js";

/** Bencher's limit on a benchmark name (bytes of UTF-8). */
export const MAX_NAME_BYTES = 1024;

export function benchmarkName(model: string, device: string, suffix?: string): string {
  return capped(wellFormed(`${model} @ ${device}${suffix === undefined ? "" : `: ${suffix}`}`));
}

/** `text` with every unpaired surrogate replaced by U+FFFD, as a UTF-8 encoder would write it. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

// A name over the limit keeps what fits of its start and ends with a hash of the whole, so it
// stays the same from run to run and two long names that share a start stay apart.
function capped(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const tag = ` …#${createHash("sha256").update(name).digest("hex").slice(0, 16)}`;
  let kept = "";
  let bytes = Buffer.byteLength(tag);
  for (const char of name) {
    bytes += Buffer.byteLength(char);
    if (bytes > MAX_NAME_BYTES) break;
    kept += char;
  }
  return `${kept}${tag}`;
}

/**
 * Throws a FormatError when two endpoints get one name (only names that themselves contain
 * ` @ ` or `: layer ` can meet): one would silently overwrite the other's history.
 */
export function checkUniqueNames(named: readonly { name: string; field: string }[], file: string): void {
  const first = new Map<string, string>();
  for (const { name, field } of named) {
    const other = first.get(name);
    if (other !== undefined) throw new FormatError(file, field, `exports under the name ${JSON.stringify(name)}, which ${other} exports under too; rename one of them so that each keeps its own history`);
    first.set(name, field);
  }
}
