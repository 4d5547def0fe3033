// A board or host over the system's ssh and scp. Host-key checking stays on (a benchmark host
// that cannot be verified is refused, with the command that fixes it); BatchMode keeps ssh from
// asking for a password nobody will type; keep-alives notice a host that went away mid-run.
// ssh hands the remote login shell one string, so the command is built by shellQuote.
import { resolve } from "node:path";
import { DeviceError } from "../../errors.js";
import { checkedWord } from "./checked-word.js";
import { RemoteTransport, tail, type Invocation } from "./remote-transport.js";
import { TransientDeviceError } from "./retry-step.js";
import type { RunResult, TransportOptions } from "./transport.js";

export interface SshTarget {
  /** An ssh config alias, `host` or `user@host`. */
  host: string;
  port?: number;
  /** Private key file (`-i`). */
  identity?: string;
  /** Config file (`-F`). */
  sshConfig?: string;
}

export interface SshOptions extends TransportOptions {
  ssh?: string;
  scp?: string;
  /** `ConnectTimeout`, s (default 10). */
  connectTimeoutS?: number;
  /** `ServerAliveInterval`, s (default 5). */
  aliveIntervalS?: number;
  /** `ServerAliveCountMax`: a host silent for this many intervals is gone (default 3). */
  aliveCountMax?: number;
}

// Failures that another try will not fix, each with what to do.
const REFUSALS: readonly (readonly [RegExp, (host: string, port: string) => string])[] = [
  [/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No \S+ host key is known/,
    (host, port) => `the host's key is not in known_hosts, and host-key checking stays on: check its fingerprint, then add it (\`mkdir -p ~/.ssh && ssh-keyscan${port} ${host.replace(/^[^@]*@/, "")} >> ~/.ssh/known_hosts\`, with the HostName for an ssh-config alias) or point UserKnownHostsFile in the ssh-config at a file that has it`],
  [/Permission denied/,
    () => "the host refused the key: set `identity` to a key the host accepts (no passphrase, or loaded in ssh-agent), or check the user"],
  [/Could not resolve hostname|Bad configuration option|Can't open user config file|no argument after keyword|Identity file .* not accessible/,
    () => "check host, port, identity and ssh-config in dnntune.yml"],
];

export class SshTransport extends RemoteTransport {
  readonly #target: SshTarget;
  readonly #ssh: string;
  readonly #scp: string;
  readonly #common: readonly string[];
  protected readonly mktemp = `mktemp -d "\${TMPDIR:-/tmp}/dnntune.XXXXXX"`;
  protected readonly missingProgramHint = "install the OpenSSH client (ssh and scp)";

  private constructor(device: string, target: SshTarget, options: SshOptions) {
    super(device, options);
    this.#target = target;
    this.#ssh = options.ssh ?? "ssh";
    this.#scp = options.scp ?? "scp";
    this.#common = [
      "-o", "BatchMode=yes",
      "-o", `ConnectTimeout=${options.connectTimeoutS ?? 10}`,
      "-o", `ServerAliveInterval=${options.aliveIntervalS ?? 5}`,
      "-o", `ServerAliveCountMax=${options.aliveCountMax ?? 3}`,
      ...(target.sshConfig === undefined ? [] : ["-F", target.sshConfig]),
      ...(target.identity === undefined ? [] : ["-i", target.identity]),
    ];
  }

  /** Checks the host answers (`ssh HOST true`), then returns its transport. */
  static async open(device: string, target: SshTarget, options: SshOptions = {}): Promise<SshTransport> {
    const field = (key: string) => `devices.${device}.${key}`;
    const checked: SshTarget = {
      host: checkedWord(field("host"), target.host, "an ssh host"),
      port: target.port,
      identity: target.identity === undefined ? undefined : resolve(checkedWord(field("identity"), target.identity, "a key file")),
      sshConfig: target.sshConfig === undefined ? undefined : resolve(checkedWord(field("ssh-config"), target.sshConfig, "an ssh config file")),
    };
    const transport = new SshTransport(device, checked, options);
    const result = await transport.run(["true"], { step: "connect", timeoutMs: transport.timeouts.quickMs, retry: true });
    if (result.code !== 0) throw new DeviceError(device, "connect", `\`true\` exited ${result.code}${tail(result.stderr)}`, "check the login shell of the ssh user");
    return transport;
  }

  protected shell(command: string): Invocation {
    const port = this.#target.port === undefined ? [] : ["-p", String(this.#target.port)];
    // `--` ends ssh's options: the host and the command are never read as one.
    return [this.#ssh, [...this.#common, ...port, "--", this.#target.host, command]];
  }

  protected copy(direction: "push" | "pull", local: string, remote: string): Invocation {
    const port = this.#target.port === undefined ? [] : ["-P", String(this.#target.port)];
    // An absolute local path: scp reads `a:b` as a remote path.
    const here = resolve(local);
    const there = `${this.#target.host}:${remote}`;
    return [this.#scp, ["-q", "-r", ...this.#common, ...port, "--", ...(direction === "push" ? [here, there] : [there, here])]];
  }

  protected connectionFailure(step: string, result: RunResult, kind: "shell" | "copy"): DeviceError | undefined {
    // ssh exits 255 for its own failures; scp exits 1 for every failure, so its stderr decides.
    const refusal = REFUSALS.find(([pattern]) => pattern.test(result.stderr));
    if (result.code === 0 || (kind === "shell" && result.code !== 255)) return undefined;
    if (refusal) {
      const port = this.#target.port === undefined ? "" : ` -p ${this.#target.port}`;
      return new DeviceError(this.device, step, `ssh refused${tail(result.stderr)}`, refusal[1](this.#target.host, port));
    }
    if (kind === "copy" && !/ssh: |Connection |connection |lost connection|Broken pipe|closed by remote host|not responding/.test(result.stderr)) return undefined;
    // scp that closes at once on a host that runs commands fine: its sshd has no SFTP subsystem.
    const sftp = kind === "copy" && /scp: Connection closed/.test(result.stderr);
    return new TransientDeviceError(this.device, step, `lost the connection (exit ${result.code})${tail(result.stderr)}`,
      sftp ? "scp (OpenSSH 9) copies over SFTP: enable sshd's SFTP subsystem on the host (`Subsystem sftp …` in sshd_config), or check the host is up"
        : "check the host is up, reachable and running sshd; a host that stops answering keep-alives counts as gone");
  }
}
