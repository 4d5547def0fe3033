// `dnntune devices` checks its devices at once: two hosts that never answer take about as long as
// one, and the lines still come out in dnntune.yml's order. The ssh on PATH here is a stand-in
// that logs when each connection attempt starts and ends, waits a little, and fails as an
// unreachable host does (exit 255, "Connection timed out"), so the overlap is counted, not timed.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../run-cli.js";

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dnntune-devices-"));
  writeFileSync(file("ssh"), [
    "#!/bin/sh",
    "# A host that never answers: each attempt logs its start and end (ns) and fails as ssh does.",
    'while [ "$1" != "--" ] && [ $# -gt 0 ]; do shift; done',
    'host=$2',
    'echo "start $(date +%s%N) $host" >> "$FAKE_SSH_LOG"',
    "sleep 0.4",
    'echo "end $(date +%s%N) $host" >> "$FAKE_SSH_LOG"',
    'echo "ssh: connect to host $host port 22: Connection timed out" >&2',
    "exit 255",
    "",
  ].join("\n"));
  chmodSync(file("ssh"), 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

/** The most attempts that were running at one time, from the log's start and end lines. */
function mostAtOnce(log: string): number {
  const events = log.trim().split("\n").map((line) => line.split(" ")).map(([kind, ns]) => ({ t: BigInt(ns!), step: kind === "start" ? 1 : -1 }));
  events.sort((a, b) => (a.t === b.t ? a.step - b.step : a.t < b.t ? -1 : 1));
  let running = 0;
  let most = 0;
  for (const e of events) most = Math.max(most, (running += e.step));
  return most;
}

async function check(name: string, hosts: string[]): Promise<{ run: Awaited<ReturnType<typeof runCli>>; log: string; seconds: number }> {
  const log = file(`${name}.log`);
  writeFileSync(log, "");
  vi.stubEnv("PATH", `${dir}:${process.env.PATH ?? ""}`);
  vi.stubEnv("FAKE_SSH_LOG", log);
  const devices = hosts.map((host) => `  ${host.split(".")[0]}: { transport: ssh, host: ${host}, tool: ort-python }\n`).join("");
  writeFileSync(file(`${name}.yml`), `devices:\n${devices}  cloud: { role: cloud }\n`);
  const started = performance.now();
  const run = await runCli(["devices", "--config", file(`${name}.yml`)]);
  return { run, log: readFileSync(log, "utf8"), seconds: (performance.now() - started) / 1000 };
}

describe("dnntune devices", () => {
  it("checks unreachable hosts at once: two take about as long as one, lines in the file's order", async () => {
    const one = await check("one", ["alpha.invalid"]);
    expect(one.run.status).toBe(3);
    expect(mostAtOnce(one.log)).toBe(1);

    const two = await check("two", ["alpha.invalid", "beta.invalid"]);
    expect(two.run.status).toBe(3);
    // Both hosts' attempts (each tried again after a lost connection) ran side by side.
    expect(two.log).toMatch(/start \d+ alpha\.invalid/);
    expect(two.log).toMatch(/start \d+ beta\.invalid/);
    expect(mostAtOnce(two.log)).toBe(2);
    expect(two.seconds).toBeLessThan(one.seconds * 1.5);
    // One line a device, in dnntune.yml's order, whichever finished first.
    expect(two.run.stdout.split("\n").filter(Boolean).map((line) => line.split(" ")[1])).toEqual(["alpha", "beta", "cloud"]);
    expect(two.run.stdout).toMatch(/^✗ alpha {2}ssh alpha\.invalid · device alpha: connect: lost the connection \(exit 255\); stderr: ssh: connect to host alpha\.invalid port 22: Connection timed out/m);
    expect(two.run.stderr).toBe("dnntune: 2 of 3 devices not ready\n");
  }, 60_000);
});
