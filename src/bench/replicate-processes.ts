// `bench --processes K`: the whole benchmark K times, each in a fresh process, merged into one
// results file whose samples remember their process (`groups`). On a shared machine each process
// runs at its own speed, so K processes per side let `compare` make the process the unit.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { DeviceError, InputError } from "../errors.js";
import { mergeReplicates } from "../results/merge-replicates.js";
import { readResults } from "../results/read-results.js";
import type { Results } from "../results/types.js";
import { makeTempDir, registerCleanup, removeTemp } from "../temp-files.js";

/**
 * Runs `self` (the command that starts dnntune: node and its entry script) K times with `args`
 * plus `--out <temp>`, forwarding each child's stderr; returns the merged results.
 */
export async function replicateProcesses(self: readonly string[], args: readonly string[], processes: number, stderr: (text: string) => void): Promise<Results> {
  const dir = makeTempDir("dnntune-replicates-");
  try {
    const files: string[] = [];
    for (let k = 1; k <= processes; k++) {
      const out = join(dir, `process-${k}.json`);
      stderr(`process ${k}/${processes}\n`);
      const [command, ...prefix] = self;
      const status = await new Promise<{ code: number | null; tail: string }>((resolve, reject) => {
        const child = spawn(command!, [...prefix, "bench", ...args, "--out", out], { stdio: ["ignore", "ignore", "pipe"] });
        // Interrupted, the parent passes the signal on, so the child removes its own temp files.
        const forget = registerCleanup(`replicate process ${k}`, () => child.kill("SIGTERM"));
        let tail = "";
        child.stderr.on("data", (chunk: Buffer) => {
          const text = chunk.toString();
          tail = (tail + text).slice(-2000);
          stderr(text);
        });
        child.on("error", reject);
        child.on("close", (code) => {
          forget();
          resolve({ code, tail });
        });
      });
      if (status.code !== 0) {
        // The child already said what was wrong; its last line is the message, its status the kind.
        const line = (status.tail.trim().split("\n").at(-1) ?? "").replace(/^dnntune: /, "") || `exited with status ${status.code}`;
        if (status.code === 2) throw new InputError(`process ${k}/${processes}`, line);
        throw new DeviceError("local", `replicate process ${k}/${processes}`, line);
      }
      files.push(out);
    }
    return mergeReplicates(files.map((f) => readResults(f)), files);
  } finally {
    removeTemp(dir);
  }
}
