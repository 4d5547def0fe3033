// A real Azure Blob emulator (azurite-blob) on a free loopback port with its data in a temp dir, for
// the artifact tests: @actions/artifact talks to blob storage with @azure/storage-blob, and azurite
// speaks that protocol, SAS signatures included.

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Azurite's well-known development account (its README, "Default Storage Account"). */
export const DEV_ACCOUNT = "devstoreaccount1";
export const DEV_ACCOUNT_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

const MAIN = fileURLToPath(new URL("../../node_modules/azurite/dist/src/blob/main.js", import.meta.url));

export interface Azurite {
  /** The account's blob endpoint, path style: `http://127.0.0.1:<port>/devstoreaccount1`. */
  blobUrl: string;
  stop(): Promise<void>;
}

export async function startAzurite(): Promise<Azurite> {
  const location = await mkdtemp(path.join(tmpdir(), "dnntune-azurite-"));
  const child = spawn(
    process.execPath,
    [
      MAIN,
      "--silent",
      "--location", location,
      "--blobHost", "127.0.0.1",
      "--blobPort", "0",
      "--skipApiVersionCheck",
      "--loose",
      // Telemetry would try to reach the internet from the test.
      "--disableTelemetry",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    await rm(location, { recursive: true, force: true });
  };
  try {
    const port = await listeningPort(child);
    return { blobUrl: `http://127.0.0.1:${port}/${DEV_ACCOUNT}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The port from azurite's "successfully listens on http://127.0.0.1:<port>" line. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match?.[1]) {
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => reject(new Error(`azurite-blob exited (${code}) before listening:\n${output}`)));
    child.once("error", reject);
  });
}
