// The runner itself as a RemoteHost: a temp folder here, files copied, programs started with
// their stdio piped. `transport: local` with a tool other than onnxruntime-node runs through it.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { copyFileSync } from "node:fs";
import { makeTempDir, removeTemp } from "../temp-files.js";
import type { RemoteHost } from "./ort-python.js";

export function localHost(device: string): RemoteHost & { close(): void } {
  const dirs: string[] = [];
  return {
    device,
    kind: "local",
    tempdir: async () => {
      const dir = makeTempDir("dnntune-device-");
      dirs.push(dir);
      return dir;
    },
    push: async (from, to) => copyFileSync(from, to),
    spawn: (argv: readonly string[]): ChildProcessWithoutNullStreams => spawn(argv[0]!, argv.slice(1), { stdio: ["pipe", "pipe", "pipe"] }),
    close: () => {
      for (const dir of dirs.splice(0)) removeTemp(dir);
    },
  };
}
