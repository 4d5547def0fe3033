// dnntune command line: find the command → run it → exit status. Every thrown value becomes one
// line on stderr, naming the flag the user typed, and a status: 1 a failing gate, 2 bad input,
// 3 a failing device, 70 a bug (with its stack).
import { createInterface } from "node:readline/promises";
import packageJson from "../package.json" with { type: "json" };
import { bench } from "./cli/bench.js";
import { compareCommand } from "./cli/compare.js";
import { configCommand } from "./cli/config.js";
import { demo } from "./cli/demo.js";
import { devicesCommand } from "./cli/devices.js";
import { exportCommand } from "./cli/export.js";
import { gate } from "./cli/gate.js";
import { init } from "./cli/init.js";
import type { Command, Io } from "./cli/io.js";
import { report } from "./cli/report.js";
import { split } from "./cli/split.js";
import { flagOf } from "./config/command-options.js";
import { exitStatusOf, InputError } from "./errors.js";
import { commandHelp, overviewHelp } from "./report/cli-help.js";
import { errorLines } from "./report/error-line.js";
import { terminalLines } from "./report/terminal-text.js";

export type { Io } from "./cli/io.js";

export const COMMANDS: readonly Command[] = [init, bench, compareCommand, split, gate, report, exportCommand, configCommand, devicesCommand, demo];

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
  self: [process.execPath, ...process.execArgv, process.argv[1] ?? ""],
  // Only a person at a terminal can answer; in CI or a pipe, init fails with the flags to add.
  ...(process.stdin.isTTY && process.stderr.isTTY ? { ask: askOnTerminal } : {}),
};

async function askOnTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

// A reader that went away (`dnntune compare … | head -1`) or a full disk under stdout is not a
// bug: say it in one line, never a stack trace (any output file is written before the summary).
let stdoutGuarded = false;
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`dnntune: cannot write to standard output (${error.code ?? error.message})\n`);
    process.exit(2);
  });
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) guardStdout();
  const [name, ...args] = argv;
  const command = COMMANDS.find((c) => c.spec.name === name);
  try {
    if (name === "--version" || name === "-V") return print(io, `dnntune ${packageJson.version}\n`);
    const helpFor = name === "help" ? COMMANDS.find((c) => c.spec.name === args[0]) : undefined;
    if (helpFor) return print(io, commandHelp(helpFor.spec));
    if (name === "--help" || name === "-h" || name === "help") return print(io, overviewHelp(COMMANDS.map((c) => c.spec)));
    if (name === undefined) {
      io.stderr(overviewHelp(COMMANDS.map((c) => c.spec)));
      return 2;
    }
    if (!command) throw new InputError("command", `unknown command "${name}"; expected one of ${COMMANDS.map((c) => c.spec.name).join(", ")} (dnntune --help)`);
    if (args.includes("--help") || args.includes("-h")) return print(io, commandHelp(command.spec));
    return await command.run(args, io);
  } catch (error) {
    const status = exitStatusOf(error);
    for (const line of errorLines(error, (field) => flagName(command, field))) io.stderr(`dnntune: ${line}\n`);
    if (status === 70 && error instanceof Error && error.stack) io.stderr(`${terminalLines(error.stack.split("\n"))}\n`);
    return status;
  }
}

// A field is named as the command's own flag; failing that (demo runs the others), as any
// command's flag that sets it.
function flagName(command: Command | undefined, field: string): string {
  for (const c of [...(command ? [command] : []), ...COMMANDS]) {
    const flag = flagOf(c.spec, field);
    if (flag !== field) return flag;
  }
  return field;
}

function print(io: Io, text: string): number {
  io.stdout(text);
  return 0;
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(process.argv[1], "file://").href;
if (isEntry) process.exitCode = await main(process.argv.slice(2));
