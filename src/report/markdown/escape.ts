// Escaping, one function per place a string from a model or a file lands in the PR comment: prose
// (plainText), a code span (inlineCode), a GFM table cell (tableCell), a Mermaid label
// (mermaidLabel) and an HTML comment (htmlComment). Names are shown in code spans wherever they
// can be: GitHub links nothing inside code (no @mention, no #123, no URL) and renders no HTML.

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi controls that
// make text show something other than what it holds (as report/terminal-text.ts).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u001b": "\\e" };

/** Names longer than this are cut with "…" in code spans: a 10,000-character node name stays one line. */
export const NAME_CHARS = 80;
/** Prose (a reason, a finding's message) is cut here. */
export const TEXT_CHARS = 400;

/** Every unsafe character written out (`\n`, `\e`, `\u202e`): one visible line. */
function visible(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `text` cut to at most `maxChars` UTF-16 units, the last being "…", never inside a surrogate pair. */
export function clip(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = Math.max(0, maxChars - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A code span showing `text` as it is (controls written out, cut at `maxChars`): the fence is one
 * backtick longer than any run of backticks inside, and padded with a space where the text
 * starts or ends with a backtick or a space, which CommonMark strips again.
 */
export function inlineCode(text: string, maxChars = NAME_CHARS): string {
  const body = clip(visible(text), maxChars);
  if (body === "") return "` `";
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Prose that Markdown and HTML read as nothing but text: HTML's `& < >` as entities, Markdown's
 * inline marks backslash-escaped, marks that start a block escaped at the start, and a zero-width
 * space after `@` and `#` so that a name never mentions anyone or links an issue.
 */
export function plainText(text: string, maxChars = TEXT_CHARS): string {
  return clip(visible(text), maxChars)
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, "$1\u200b")
    // GFM links bare URLs and www. names in prose: a zero-width space breaks both.
    .replace(/:\/\//g, ":\u200b//")
    .replace(/\b(www)\./gi, "$1\u200b.")
    .replace(/^[-+=#]/, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * Inline Markdown (a code span, escaped prose) made safe for one cell of a GFM table: its pipes
 * escaped, which GFM requires even inside code spans, and no line break to end the row.
 */
export function tableCell(markdown: string): string {
  // GFM's row scanner reads `\` + any character as one escaped unit, so a pipe is a cell's own
  // only after an odd run of backslashes: `a\|b` (prose already escaped) stays, `a\\|b` and `a|b`
  // get one more. (In a code span, `a\|b` then shows as `a|b`: a backslash lost, no table broken.)
  return markdown.replace(/\r\n|\r|\n/g, " ").replace(/(\\*)\|/g, (_, slashes: string) => (slashes.length % 2 === 1 ? `${slashes}|` : `${slashes}\\|`));
}

/**
 * A label inside a Mermaid chart's double quotes: letters, digits and `_.:/+=,()-` and spaces
 * kept, anything else (a quote, `%%` directives, `#…;` entities, `<`, a backtick, a line break)
 * shown as "_"; cut at `maxChars`.
 */
export function mermaidLabel(text: string, maxChars = 24): string {
  return clip(visible(text).replace(/[^\p{L}\p{N} _.:/+=,()-]/gu, "_"), maxChars);
}

/**
 * Text inside `<!-- … -->`: as a JSON string (JSON.parse gives it back) whose `<`, `>`, `-`, `!`
 * and `&` are written as \u escapes, so it can neither close the comment nor open another.
 */
export function htmlComment(text: string): string {
  return JSON.stringify(text).replace(/[<>!&\u2028\u2029\u202a-\u202e\u2066-\u2069-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
