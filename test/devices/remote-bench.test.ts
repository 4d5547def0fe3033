// `dnntune bench --device board` for real: a board reached over ssh (a real OpenSSH sshd on
// loopback, host-key checking on), running the device's own Python onnxruntime through the shipped
// ort-python runner. Its results must go through compare, split and the report unchanged, with the
// layer vocabulary of the local onnxruntime-node bench of the same model, so that local and remote
// results compare and split against each other.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Results } from "../../src/results/types.js";
import { hasSshd, HOST_ALIAS, startSshd, type Sshd } from "../helpers/sshd.js";
import { runCli } from "../run-cli.js";

const hasOrtPython = spawnSync("python3", ["-c", "import onnxruntime"]).status === 0;
const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname;

describe.skipIf(!hasSshd || !hasOrtPython)("bench on a board over ssh with ort-python (loopback sshd)", () => {
  let sshd: Sshd;
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    sshd = await startSshd();
    dir = mkdtempSync(join(tmpdir(), "dnntune-board-"));
    // The board, as a user writes it: an ssh config alias, the ort-python tool, one thread. And a
    // phone and a cloud that split against it: declared, for their power and role.
    writeFileSync(file("dnntune.yml"), [
      "devices:",
      "  board:",
      "    transport: ssh",
      `    host: ${HOST_ALIAS}`,
      `    ssh-config: ${sshd.config}`,
      "    tool: ort-python",
      `    binary: ${spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).stdout.trim()}`,
      "    threads: 1",
      "    role: mobile",
      "  local:",
      "    transport: local",
      "    threads: 1",
      "    role: cloud",
      "",
    ].join("\n"));
  }, 60_000);

  afterAll(async () => {
    await sshd?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes results that compare, split and report like a local bench's, with the same layers and covers", async () => {
    const quick = ["--runs", "8", "--warmup", "2", "--profile-runs", "4", "--config", file("dnntune.yml")];
    for (const model of ["mlp", "squeezenet"]) {
      const model_ = `${FIXTURES}models/${model}.onnx`;
      const remote = await runCli(["bench", "--model", model_, "--device", "board", ...quick, "--out", file(`${model}.board.json`)]);
      expect(remote.stderr, remote.stderr).not.toMatch(/error/i);
      expect(remote.status).toBe(0);
      const local = await runCli(["bench", "--model", model_, "--device", "local", ...quick, "--out", file(`${model}.local.json`)]);
      expect(local.status).toBe(0);
      const read = (f: string) => JSON.parse(readFileSync(file(f), "utf8")) as Results;
      const [r, l] = [read(`${model}.board.json`), read(`${model}.local.json`)];
      expect(r.device).toMatchObject({ name: "board", transport: "ssh", tool: "ort-python" });
      expect(r.device.fingerprint.runtime).toMatch(/^onnxruntime 1\.30\.0 \(python /);
      const vocabulary = (x: Results) => x.models[0]!.layers.map((layer) => `${layer.name} ${layer.op} ${layer.covers.join(",")}`);
      expect(vocabulary(r)).toEqual(vocabulary(l));
    }
    // A pull request on the board: the demo's mlp (fc2's ReLU → Softplus) interleaved with its
    // base on the board itself; compare reads the pair as it reads a local one.
    const paired = await runCli(["bench", "--model", `${FIXTURES}demo/mlp.onnx`, "--base-model", `${FIXTURES}models/mlp.onnx`, "--device", "board", ...quick, "--out", file("pr.board.json")]);
    expect(paired.status, paired.stderr).toBe(0);
    const compared = await runCli(["compare", "--base", file("pr.board.base.json"), "--head", file("pr.board.json"), "--out", file("comparison.json")]);
    expect(compared.status, compared.stderr).toBe(0);
    const comparison = JSON.parse(readFileSync(file("comparison.json"), "utf8")) as { endpoints: { metric: string; unit?: string; device: string }[] };
    expect(comparison.endpoints.find((e) => e.metric === "latency")).toMatchObject({ device: "board", unit: "pairs" });
    // Split: the board as the phone, the runner (benched locally) as the cloud, one model's layers on both.
    const split = await runCli(["split", "--mobile", file("squeezenet.board.json"), "--cloud", file("squeezenet.local.json"), "--config", file("dnntune.yml"), "--out", file("split.json")]);
    expect(split.status, split.stderr).toBe(0);
    expect(split.stdout).toMatch(/squeezenet/);
    const report = await runCli(["report", "--comparison", file("comparison.json"), "--split", file("split.json"), "--format", "html", "--out", file("report.html")]);
    expect(report.status, report.stderr).toBe(0);
  }, 180_000);

  it("dnntune devices: one line a device, ready or why not; exit 3 when one is not", async () => {
    const ready = await runCli(["devices", "--config", file("dnntune.yml")]);
    expect(ready.status, ready.stdout + ready.stderr).toBe(0);
    expect(ready.stdout).toMatch(new RegExp(`^✓ board {2}ssh ${HOST_ALIAS} · ort-python: onnxruntime 1\\.30\\.0 \\(python [\\d.]+\\) on .*cores.* · energy: modelled at 2\\.5 W \\(\\d+\\.\\d s\\)$`, "m"));
    expect(ready.stdout).toMatch(/^✓ local {2}local · onnxruntime-node: onnxruntime-node 1\.30\.0 on /m);
    // ssh-config relative to dnntune.yml, which is not in the working folder: found beside it.
    copyFileSync(sshd.config, file("ssh_config_beside"));
    writeFileSync(file("relative.yml"), readFileSync(file("dnntune.yml"), "utf8").replace(`ssh-config: ${sshd.config}`, "ssh-config: ssh_config_beside"));
    const relative = await runCli(["devices", "--config", file("relative.yml")]);
    expect(relative.status, relative.stdout).toBe(0);
    writeFileSync(join(dir, "empty_known_hosts"), "");
    writeFileSync(file("fleet.yml"), `${readFileSync(file("dnntune.yml"), "utf8")}  stranger:\n    transport: ssh\n    host: ${HOST_ALIAS}\n    ssh-config: ${sshd.configWith(join(dir, "empty_known_hosts"))}\n    tool: ort-python\n  phone:\n    role: mobile\n    power: { active-w: 3 }\n`);
    const mixed = await runCli(["devices", "--config", file("fleet.yml")]);
    expect(mixed.status).toBe(3);
    expect(mixed.stdout).toMatch(/^✓ board /m);
    expect(mixed.stdout).toMatch(/^✗ stranger {2}ssh dnntune-test-host · device stranger: connect: .*host key.*ssh-keyscan/im);
    expect(mixed.stdout).toMatch(/^- phone {2}declared only \(mobile, power\)/m);
    expect(mixed.stderr).toBe("dnntune: 1 of 4 devices not ready\n");
  }, 60_000);

  it("a board whose host key is not known is refused at connect, with what to run", async () => {
    writeFileSync(file("unknown.yml"), readFileSync(file("dnntune.yml"), "utf8").replace(sshd.config, sshd.configWith(join(dir, "empty_known_hosts"))));
    writeFileSync(join(dir, "empty_known_hosts"), "");
    const run = await runCli(["bench", "--model", `${FIXTURES}models/mlp.onnx`, "--device", "board", "--config", file("unknown.yml"), "--out", file("never.json")]);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/device board: connect: .*host key/i);
    expect(run.stderr).toMatch(/ssh-keyscan/);
  }, 60_000);

  // Last: it takes the server down.
  it("a board that dies mid-run fails the bench (exit 3) with the step and ssh's last words, and writes nothing", async () => {
    // The server goes down once the runs have started (the progress says so), not after a fixed
    // time: how long the steps before them take (the device's state is read before each model)
    // depends on the machine's load.
    let stderr = "";
    let crashed = false;
    const run = runCli(["bench", "--model", `${FIXTURES}models/squeezenet.onnx`, "--device", "board", "--runs", "100000", "--config", file("dnntune.yml"), "--out", file("never.json")], {
      stderr: (text) => {
        stderr += text;
        if (!crashed && /: timing 1\//.test(text)) {
          crashed = true;
          setTimeout(() => sshd.crash(), 500);
        }
      },
    });
    const { status } = await run;
    expect(crashed).toBe(true);
    expect(status).toBe(3);
    expect(stderr).toMatch(/^dnntune: device board: [a-z ]+: the runner exited .*stderr: .*(closed|reset|broken)/im);
    expect(existsSync(file("never.json"))).toBe(false);
  }, 60_000);
});
