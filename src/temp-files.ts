// Temp files and folders this process made, removed on every way out: when their owner is done,
// when the process exits (normally or by an uncaught throw), and on SIGINT/SIGTERM/SIGHUP, after
// which the signal is raised again so the shell sees the usual death (exit 130, 143, 129).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Path → how to remove it; a child process registers a cleanup that ends it.
const registered = new Map<string, () => void>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
let exitListener = false;
let listening = false;

/** A fresh folder under the system temp folder, removed by `removeTemp` or at exit. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  registerTemp(dir);
  return dir;
}

/** Removes `path` at exit unless `removeTemp` removed it first. */
export function registerTemp(path: string): void {
  registered.set(path, () => rmSync(path, { recursive: true, force: true }));
  listen();
}

/** Runs `cleanup` at exit or on a signal unless the returned function is called first. */
export function registerCleanup(key: string, cleanup: () => void): () => void {
  registered.set(key, cleanup);
  listen();
  return () => forget(key);
}

/** Removes `path` (file or folder) now and forgets it. */
export function removeTemp(path: string): void {
  forget(path);
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Its folder is gone or became something else: there is nothing of ours left to remove.
  }
}

/** What is still registered (for tests). */
export function pendingTemps(): string[] {
  return [...registered.keys()];
}

function removeAll(): void {
  for (const cleanup of registered.values()) {
    try {
      cleanup();
    } catch {
      // Best effort on the way out: nothing else can be done about it now.
    }
  }
  registered.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  // Raise the signal again with the default action, so the exit status says how we died.
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  listening = false;
  process.kill(process.pid, signal);
}

// Signal listeners are held only while something is registered: a listener replaces the default
// action (die at once), and a long synchronous compare would otherwise ignore Ctrl-C until done.
function listen(): void {
  if (!exitListener) {
    exitListener = true;
    process.on("exit", removeAll);
  }
  if (listening) return;
  listening = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function forget(key: string): void {
  registered.delete(key);
  if (registered.size > 0 || !listening) return;
  listening = false;
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
}
