// A real OpenSSH server on a loopback port for the ssh transport's tests: a throwaway host key
// and client key, a known_hosts that trusts only that host key, and a client config naming it.
// It runs as the current user (no root needed, except that sshd started by root wants /run/sshd).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export const SSHD = "/usr/sbin/sshd";
export const hasSshd = existsSync(SSHD);
export const HOST_ALIAS = "dnntune-test-host";

export interface Sshd {
  dir: string;
  port: number;
  user: string;
  /** Client private key the server accepts. */
  identity: string;
  /** A known_hosts with the server's host key (as `[127.0.0.1]:PORT`). */
  knownHosts: string;
  /** An ssh config with `Host dnntune-test-host` set up to reach the server. */
  config: string;
  /** Another ssh config for the same server that trusts the given known_hosts file instead. */
  configWith(knownHosts: string): string;
  /** Kills the server and every session under it at once, as a host that loses power. */
  crash(): void;
  /** Stops the server and its sessions without closing a connection, as a link that goes silent. */
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
}

export async function startSshd(): Promise<Sshd> {
  const dir = mkdtempSync(join(tmpdir(), "dnntune-sshd-"));
  const keygen = (file: string) => execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "dnntune-test", "-f", join(dir, file)]);
  keygen("host_key");
  keygen("client_key");
  writeFileSync(join(dir, "authorized_keys"), readFileSync(join(dir, "client_key.pub")));
  const port = await freePort();
  const user = userInfo().username;
  writeFileSync(join(dir, "sshd_config"), [
    `Port ${port}`,
    "ListenAddress 127.0.0.1",
    `HostKey ${join(dir, "host_key")}`,
    `PidFile ${join(dir, "sshd.pid")}`,
    `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
    "StrictModes no",
    "UsePAM no",
    "PasswordAuthentication no",
    "KbdInteractiveAuthentication no",
    "PubkeyAuthentication yes",
    "PermitRootLogin prohibit-password",
    // The post-quantum default key exchange costs a tenth of a second per connection here.
    "KexAlgorithms curve25519-sha256",
    // scp speaks SFTP since OpenSSH 9.0.
    "Subsystem sftp internal-sftp",
    "",
  ].join("\n"));
  const hostKey = readFileSync(join(dir, "host_key.pub"), "utf8").trim().split(" ").slice(0, 2).join(" ");
  const knownHosts = join(dir, "known_hosts");
  writeFileSync(knownHosts, `[127.0.0.1]:${port} ${hostKey}\n`);
  const identity = join(dir, "client_key");
  const configWith = (hosts: string) => {
    const file = join(dir, `ssh_config.${readdirSync(dir).length}`);
    writeFileSync(file, [
      `Host ${HOST_ALIAS}`,
      "  HostName 127.0.0.1",
      `  Port ${port}`,
      `  User ${user}`,
      `  IdentityFile ${identity}`,
      "  IdentitiesOnly yes",
      `  UserKnownHostsFile ${hosts}`,
      "  GlobalKnownHostsFile /dev/null",
      "",
    ].join("\n"));
    return file;
  };
  // sshd run by root checks for its privilege-separation folder, which systemd would make.
  if (process.getuid?.() === 0) mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
  const server = spawn(SSHD, ["-D", "-e", "-f", join(dir, "sshd_config")], { stdio: ["ignore", "ignore", "pipe"] });
  await listening(server);
  const crash = () => signalTree(server.pid, "SIGKILL");
  return {
    dir, port, user, identity, knownHosts, config: configWith(knownHosts), configWith, crash,
    freeze: () => signalTree(server.pid, "SIGSTOP"),
    thaw: () => signalTree(server.pid, "SIGCONT"),
    async stop() {
      crash();
      if (server.exitCode === null && server.signalCode === null) await new Promise((resolve) => server.once("exit", resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

// sshd -e logs to stderr; it is ready once it says it listens.
function listening(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = "";
    server.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString("utf8");
      if (/Server listening on/.test(log)) resolve();
    });
    server.once("exit", (code) => reject(new Error(`sshd exited (${code}) before listening: ${log}`)));
    server.once("error", reject);
  });
}

// Signals a process and all its descendants (sshd's per-connection children and their sessions), found by /proc.
function signalTree(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // It ended while we looked.
    }
  }
  const all: number[] = [];
  const visit = (p: number) => {
    all.push(p);
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  for (const p of all) {
    try {
      process.kill(p, signal);
    } catch {
      // Already gone.
    }
  }
}
