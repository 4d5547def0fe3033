// Text bound for a terminal or a GitHub Actions log, made safe when parts of it come from a
// model or a file name: control characters (ESC sequences that recolour or move the cursor,
// CR that overwrites a line, newlines that start a line of their own) are shown escaped, and a
// line cannot begin a workflow command (`::error::`, `::add-mask::`) or hold a `##[` one.

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators and bidi overrides that
// make a terminal show something other than what is there.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u001b": "\\e" };

/** One line, safe to print: every unsafe character escaped, no workflow command possible. */
export function terminalText(line: string): string {
  const escaped = line.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  // The runner reads `::command::` at the start of a line (after blanks) and `##[command]` anywhere.
  return escaped.replace(/^(\s*):/, "$1\\:").replace(/##\[/g, "#\\#[");
}

/** Several lines, each made safe; the line breaks between them stay. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(terminalText).join("\n");
}
