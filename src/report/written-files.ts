// The closing lines of a command: which files it wrote (paths made safe to print).
import { terminalText } from "./terminal-text.js";

export function writtenFiles(files: readonly { path: string; note?: string }[]): string {
  return files.map(({ path, note }) => `${terminalText(`wrote ${path}${note ? ` (${note})` : ""}`)}\n`).join("");
}
