// Progress of a benchmark on stderr: on a terminal one line redrawn in place, in a log (CI) one
// line when a phase starts and one when it ends. The model's path is shown made safe.
import { terminalText } from "./terminal-text.js";

export type ProgressReporter = (model: string, phase: string, run: number, of: number) => void;

export function progressReporter(write: (text: string) => void, interactive: boolean): ProgressReporter {
  let lastLine = "";
  return (model, phase, run, of) => {
    const line = terminalText(`${model}: ${phase} ${run}/${of}`);
    if (interactive) {
      write(`\r\x1b[2K${line}${run === of && phase === "profiling" ? "\n" : ""}`);
    } else if ((run === 1 || run === of) && line !== lastLine) {
      write(`${line}\n`);
    }
    lastLine = line;
  };
}
