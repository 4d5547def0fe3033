// The one door for text into the HTML report: every string a model, a results file or a device
// controls (node names, op types, file and device names, warning codes, messages) goes through
// `escapeHtml` before it lands in HTML text, an attribute value (always quoted with "), or SVG.

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };

// Controls, line and paragraph separators and bidi overrides cannot break the markup once the
// characters above are escaped, but they make a name read as another (U+202E reverses the rest of
// a cell; a newline vanishes in a table cell or an SVG label): they are shown as \n, \u202e, …,
// the way the terminal text shows them.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u001b": "\\e" };

// A lone surrogate cannot be written as UTF-8; the file would hold U+FFFD anyway, so say so here.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` made safe for HTML text and double- or single-quoted attribute values, in HTML and SVG. */
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"'`]/g, (c) => ENTITY[c]!);
}

/** Invisible and direction-changing characters shown as escapes; lone surrogates as U+FFFD. */
export function visibleText(text: string): string {
  return text
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(INVISIBLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * At most `maxChars` characters of `visibleText(text)` (code points, so no surrogate pair is cut),
 * with "…" in place of the rest: for chart labels and table cells. Shorten first, then escape, so
 * an entity is never cut in half.
 */
export function shortLabel(text: string, maxChars: number): string {
  const chars = Array.from(visibleText(text));
  if (chars.length <= maxChars) return chars.join("");
  return `${chars.slice(0, Math.max(0, maxChars - 1)).join("")}…`;
}
