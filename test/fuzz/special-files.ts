// A reader handed a FIFO that nobody writes must refuse it, not wait forever. The read runs in a
// child process so that a hang costs the test two seconds instead of the whole run.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A FIFO with no writer, in a fresh temporary folder that `done` removes. */
export function fifo(): { path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "dnntune-fifo-"));
  const path = join(dir, "results.json");
  execFileSync("mkfifo", [path]);
  return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What the reader printed after loading, or "hang" when it did not finish 2 s after that. */
export function readInChild(reader: "results" | "config", path: string): Promise<string> {
  const script = new URL("./read-in-child.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, ["--import", "tsx", script, reader, path], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (timer === undefined && out.startsWith("ready\n")) {
        timer = setTimeout(() => { child.kill("SIGKILL"); resolve("hang"); }, 2000);
      }
    });
    child.on("error", reject);
    child.on("exit", () => {
      clearTimeout(timer);
      if (out.startsWith("ready\n")) resolve(out.slice("ready\n".length).trim());
      else reject(new Error(`the reader did not start: ${out}`));
    });
  });
}
