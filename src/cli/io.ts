// Where a command's output goes: the process's streams, or strings in the tests.
import type { CommandSpec } from "../config/command-options.js";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress redraws one line) or a log (one line per phase). */
  interactive: boolean;
  /** The command that starts dnntune again, for `bench --processes` (node, its flags, the entry). */
  self?: string[];
  /** Asks the person at the terminal and returns the answer; absent when no one can answer. */
  ask?: (question: string) => Promise<string>;
  /**
   * Tests only: where a device's /proc and /sys are read (a fake sysfs in the fake phone's folder)
   * and how noise control waits while it cools (a test changes the fake sysfs instead of sleeping).
   */
  deviceSysfs?: { root?: string; sleep?: (ms: number) => Promise<void> };
}

/** A command: its option table, and what it does with the arguments. */
export interface Command {
  spec: CommandSpec;
  run: (args: string[], io: Io) => Promise<number>;
}
