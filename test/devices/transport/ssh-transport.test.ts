// The ssh transport against a real OpenSSH sshd on loopback (test/helpers/sshd.ts). Being
// loopback, the "remote" files are local too, so what arrived can be checked directly.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DeviceError } from "../../../src/errors.js";
import { openTransport } from "../../../src/devices/transport/open-transport.js";
import { HOST_ALIAS, hasSshd, SSHD, startSshd, type Sshd } from "../../helpers/sshd.js";

async function deviceError(promise: Promise<unknown>): Promise<DeviceError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeviceError);
  return error as DeviceError;
}

describe.skipIf(!hasSshd)(`ssh transport (needs OpenSSH's ${SSHD}: apt-get install openssh-server)`, () => {
  let sshd: Sshd;
  let work: string;
  let warnings: string[];
  const open = (sshConfig = sshd.config, timeouts = {}) => openTransport("board", { transport: "ssh", host: HOST_ALIAS, "ssh-config": sshConfig },
    { configDir: work, retryDelaysMs: [0], timeouts, warn: (m) => warnings.push(m) });

  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(async () => {
    await sshd.stop();
  });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "dnntune-ssh-test-"));
    warnings = [];
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("brings an argument with spaces, quotes, $(…) and a newline to the remote side literally", async () => {
    const transport = await open();
    const dir = await transport.tempdir();
    const name = `it's "a" $(touch pwned) \`touch pwned2\` ; & | > x\nline2 ü 🙂`;
    const result = await transport.run(["touch", name], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
    await transport.close();
  });

  it("returns the remote exit status, output and stdin", async () => {
    const transport = await open();
    expect(await transport.run(["sh", "-c", "echo out; echo err >&2; exit 3"])).toEqual({ stdout: "out\n", stderr: "err\n", code: 3 });
    expect((await transport.run(["cat"], { input: "to stdin" })).stdout).toBe("to stdin");
    await transport.close();
  });

  it("pushes and pulls bytes unchanged and removes its temp folder on close", async () => {
    const transport = await open();
    const dir = await transport.tempdir();
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    writeFileSync(join(work, "model.onnx"), bytes);
    await transport.push(join(work, "model.onnx"), `${dir}/my model.onnx`);
    expect(readFileSync(join(dir, "my model.onnx")).equals(bytes)).toBe(true);
    await transport.pull(`${dir}/my model.onnx`, join(work, "back.onnx"));
    expect(readFileSync(join(work, "back.onnx")).equals(bytes)).toBe(true);
    await transport.close();
    expect(existsSync(dir)).toBe(false);
    expect(warnings).toEqual([]);
  });

  it("uses the configured port and identity, resolved against dnntune.yml's folder", async () => {
    // Only the known_hosts comes from the ssh config; host, port and key from the device's keys.
    const config = join(work, "known-only");
    writeFileSync(config, `UserKnownHostsFile ${sshd.knownHosts}\nGlobalKnownHostsFile /dev/null\nIdentitiesOnly yes\n`);
    const transport = await openTransport("board", {
      transport: "ssh", host: `${sshd.user}@127.0.0.1`, port: sshd.port, identity: basename(sshd.identity), "ssh-config": config,
    }, { configDir: dirname(sshd.identity), retryDelaysMs: [0] });
    expect((await transport.run(["echo", "hello"])).stdout).toBe("hello\n");
    await transport.close();
  });

  it("refuses a host whose key is not known, saying how to add it", async () => {
    const empty = join(work, "known_hosts");
    writeFileSync(empty, "");
    const error = await deviceError(open(sshd.configWith(empty)));
    expect(error.device).toBe("board");
    expect(error.step).toBe("connect");
    expect(error.message).toMatch(/Host key verification failed/);
    expect(error.hint).toMatch(/ssh-keyscan dnntune-test-host >> ~\/.ssh\/known_hosts/);
    // With user@host and a port, the command to run names the port and the host alone.
    const config = join(work, "empty-only");
    writeFileSync(config, `UserKnownHostsFile ${empty}\nGlobalKnownHostsFile /dev/null\n`);
    const direct = await deviceError(openTransport("board", {
      transport: "ssh", host: `${sshd.user}@127.0.0.1`, port: sshd.port, identity: sshd.identity, "ssh-config": config,
    }, { configDir: work }));
    expect(direct.hint).toContain(`ssh-keyscan -p ${sshd.port} 127.0.0.1 >> ~/.ssh/known_hosts`);
  });

  it("kills a command that runs past its timeout", async () => {
    const transport = await open();
    const error = await deviceError(transport.run(["sleep", "60"], { timeoutMs: 500 }));
    expect(error.step).toBe("run sleep");
    expect(error.message).toMatch(/timed out after 0\.5 s/);
    await transport.close();
  });

  it("refuses a host that would be read as an option", async () => {
    await expect(openTransport("board", { transport: "ssh", host: "-oProxyCommand=touch pwned" }, { configDir: work }))
      .rejects.toThrow(/devices\.board\.host: must be an ssh host, not starting with "-"/);
  });

  it("notices through keep-alives a host that goes silent without closing the connection", async () => {
    const transport = await openTransport("board", { transport: "ssh", host: HOST_ALIAS, "ssh-config": sshd.config },
      { configDir: work, retryDelaysMs: [0], aliveIntervalS: 1, aliveCountMax: 1, warn: (m) => warnings.push(m) });
    const dir = await transport.tempdir();
    const mark = join(dir, "started");
    const running = transport.run(["sh", "-c", `touch '${mark}'; exec sleep 60`], { step: "run benchmark" });
    await vi.waitFor(() => expect(existsSync(mark)).toBe(true), { timeout: 10_000, interval: 20 });
    sshd.freeze();
    try {
      const error = await deviceError(running);
      expect(error.step).toBe("run benchmark");
      expect(error.message).toMatch(/lost the connection \(exit 255\); stderr: .*not responding/);
    } finally {
      sshd.thaw();
    }
    await transport.close();
    expect(existsSync(dir)).toBe(false);
  });

  // Last: it takes the server down.
  it("fails the device with the step and ssh's last words when the host dies mid-run", async () => {
    const transport = await open();
    const dir = await transport.tempdir();
    const mark = join(dir, "started");
    const running = transport.run(["sh", "-c", `touch '${mark}'; exec sleep 60`], { step: "run benchmark" });
    await vi.waitFor(() => expect(existsSync(mark)).toBe(true), { timeout: 10_000, interval: 20 });
    sshd.crash();
    const error = await deviceError(running);
    expect(error.device).toBe("board");
    expect(error.step).toBe("run benchmark");
    expect(error.message).toMatch(/lost the connection \(exit 255\); stderr: .*(closed by remote host|Broken pipe|Connection reset)/);
    // close cannot reach the host: a warning, not a throw.
    await transport.close();
    expect(warnings.join("\n")).toContain(dir);
    rmSync(dir, { recursive: true, force: true });
  });
});
