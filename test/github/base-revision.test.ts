// The base revision's files come out of real git repositories built here: a base commit and a
// head commit that changes a model, adds one and changes dnntune.yml; a shallow clone of the head
// that has to fetch the base; and the ways a file cannot be had (LFS pointer, symlink, submodule).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../src/bench/bench-model.js";
import { InputError } from "../../src/errors.js";
import { baseRevision, type BaseFile, type BaseRevision } from "../../src/github/base-revision.js";
import { externalWeightsModel } from "../bench/hostile-models.js";

// The same commits on every machine: no user config, no signing, a fixed author and date.
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "DNNTune Tests",
  GIT_AUTHOR_EMAIL: "tests@dnntune.invalid",
  GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
  GIT_COMMITTER_NAME: "DNNTune Tests",
  GIT_COMMITTER_EMAIL: "tests@dnntune.invalid",
  GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args], { cwd, env: GIT_ENV, encoding: "utf8" }).trim();
}

/** The bytes `git show <rev>:<path>` prints. */
function show(cwd: string, rev: string, path: string): Buffer {
  return execFileSync("git", ["show", `${rev}:${path}`], { cwd, env: GIT_ENV, maxBuffer: 64 * 1024 * 1024 });
}

function put(root: string, path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), bytes);
}

// Bytes compared by hash: a deep equality over megabytes of Buffer takes vitest seconds.
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const fixture = (name: string) => readFileSync(join("fixtures/models", name));
const weights = (fill: number) => Buffer.concat([Buffer.alloc(16, 7), Buffer.from(new Float32Array(12).fill(fill).buffer)]);
const found = (file: BaseFile | undefined): string => {
  expect(file).toMatchObject({ kind: "found" });
  return (file as { path: string }).path;
};

const UNICODE = "models/my model ünï 名.onnx";
// A name with glob characters is that file, beside one the glob would match.
const GLOBBY = "models/v[12].onnx";
const LFS_POINTER = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";

let scratch: string;
let origin: string;
let base: string;
let head: string;
const opened: BaseRevision[] = [];

async function open(options: Parameters<typeof baseRevision>[0]): Promise<BaseRevision> {
  const revision = await baseRevision(options);
  opened.push(revision);
  return revision;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "base-revision-"));
  origin = join(scratch, "origin");
  mkdirSync(origin);
  git(origin, "init", "-q");
  put(origin, "dnntune.yml", "models:\n  - path: models/net.onnx\n");
  put(origin, "models/net.onnx", fixture("mlp.onnx"));
  put(origin, UNICODE, fixture("inception.onnx"));
  put(origin, GLOBBY, fixture("mobilenet_v2.onnx"));
  put(origin, "models/v1.onnx", fixture("lstm.onnx"));
  put(origin, "ext/ext.onnx", externalWeightsModel("weights.bin", 16, 48));
  put(origin, "ext/weights.bin", weights(1));
  put(origin, "broken/ext.onnx", externalWeightsModel("gone.bin", 0, 48));
  put(origin, "escape/ext.onnx", externalWeightsModel("../ext/weights.bin", 16, 48));
  put(origin, "lfs/big.onnx", LFS_POINTER);
  put(origin, "lfs-data/ext.onnx", externalWeightsModel("weights.bin", 16, 48));
  put(origin, "lfs-data/weights.bin", LFS_POINTER);
  symlinkSync("net.onnx", join(origin, "models/link.onnx"));
  git(origin, "add", "-A");
  // A submodule's entry in the tree (a gitlink) is all the base revision sees of it.
  git(origin, "update-index", "--add", "--cacheinfo", `160000,${"a".repeat(40)},vendor/sub`);
  git(origin, "commit", "-q", "-m", "base");
  base = git(origin, "rev-parse", "HEAD");

  put(origin, "dnntune.yml", "models:\n  - path: models/net.onnx\n  - path: models/added.onnx\n");
  put(origin, "models/net.onnx", fixture("squeezenet.onnx"));
  put(origin, "models/added.onnx", fixture("resnet.onnx"));
  put(origin, "ext/weights.bin", weights(2));
  git(origin, "add", "-A");
  git(origin, "commit", "-q", "-m", "head");
  head = git(origin, "rev-parse", "HEAD");
});

afterAll(() => {
  for (const revision of opened) revision.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

describe("baseRevision in a full clone", () => {
  it("extracts changed models (names with spaces, unicode, glob characters) and the config byte for byte; an added model is new", async () => {
    const revision = await open({ cwd: origin, sha: base.toUpperCase(), paths: ["models/net.onnx", "models/added.onnx", UNICODE, GLOBBY], configPath: "dnntune.yml" });
    expect(revision.sha).toBe(base);
    expect(revision.fetched).toBe(false);
    const net = found(revision.files.get("models/net.onnx"));
    expect(sha256(readFileSync(net))).toBe(sha256(show(origin, base, "models/net.onnx")));
    expect(sha256(readFileSync(net))).toBe(sha256(fixture("mlp.onnx")));
    expect(sha256(readFileSync(net))).not.toBe(sha256(readFileSync(join(origin, "models/net.onnx"))));
    expect(net.endsWith(join("models", "net.onnx"))).toBe(true);
    expect(revision.files.get("models/added.onnx")).toEqual({ kind: "new", reason: expect.stringMatching(/^models\/added\.onnx does not exist at the base commit/) });
    expect(sha256(readFileSync(found(revision.files.get(UNICODE))))).toBe(sha256(show(origin, base, UNICODE)));
    expect(sha256(readFileSync(found(revision.files.get(GLOBBY))))).toBe(sha256(fixture("mobilenet_v2.onnx")));
    expect(readFileSync(found(revision.config), "utf8")).toBe("models:\n  - path: models/net.onnx\n");
  });

  it("takes paths from cwd inside the repository, absolute paths, and refuses one outside it", async () => {
    const outside = join(scratch, "outside.onnx");
    writeFileSync(outside, fixture("mlp.onnx"));
    const revision = await open({ cwd: join(origin, "models"), sha: base, paths: ["net.onnx", join(origin, "ext/ext.onnx"), "../../outside.onnx", ".."] });
    expect(sha256(readFileSync(found(revision.files.get("net.onnx"))))).toBe(sha256(fixture("mlp.onnx")));
    found(revision.files.get(join(origin, "ext/ext.onnx")));
    expect(revision.files.get("../../outside.onnx")).toEqual({ kind: "unavailable", reason: expect.stringContaining("lies outside the repository") });
    expect(revision.files.get("..")).toEqual({ kind: "unavailable", reason: expect.stringContaining("top folder, not a file") });
    expect(revision.config).toBeUndefined();
    expect("config" in revision).toBe(false);
  });

  it("extracts a model's external data from the base too, so the base model loads with the base weights", async () => {
    const revision = await open({ cwd: origin, sha: base, paths: ["ext/ext.onnx"] });
    const model = found(revision.files.get("ext/ext.onnx"));
    const data = join(dirname(model), "weights.bin");
    expect(readFileSync(data)).toEqual(weights(1));
    expect(readFileSync(data)).toEqual(show(origin, base, "ext/weights.bin"));
    // The project's own loader reads the weights beside the extracted model.
    const loaded = loadModel(model);
    expect(loaded.session.dataFiles).toHaveLength(1);
    expect(readFileSync(loaded.session.dataFiles[0]!)).toEqual(weights(1));
  });

  it("a missing or escaping external data file, an LFS pointer, a symlink, a submodule, a folder: unavailable", async () => {
    const paths = ["broken/ext.onnx", "escape/ext.onnx", "lfs/big.onnx", "lfs-data/ext.onnx", "models/link.onnx", "vendor/sub", "models"];
    const revision = await open({ cwd: origin, sha: base, paths });
    const reasons = Object.fromEntries(paths.map((p) => {
      const file = revision.files.get(p);
      expect(file?.kind, p).toBe("unavailable");
      return [p, (file as { reason: string }).reason];
    }));
    expect(reasons["broken/ext.onnx"]).toMatch(/keeps tensor data in broken\/gone\.bin, which does not exist at the base commit/);
    expect(reasons["escape/ext.onnx"]).toMatch(/"\.\.\/ext\/weights\.bin", which is not a file inside the model's folder/);
    expect(reasons["lfs/big.onnx"]).toMatch(/is a Git LFS pointer, not the file; enable `lfs: true` in actions\/checkout/);
    expect(reasons["lfs-data/ext.onnx"]).toMatch(/lfs-data\/weights\.bin, which cannot be extracted: .*Git LFS pointer/);
    expect(reasons["models/link.onnx"]).toMatch(/is a symbolic link/);
    expect(reasons["vendor/sub"]).toMatch(/is a submodule/);
    expect(reasons.models).toMatch(/is a folder/);
  });

  it("a model over the size limit, alone or with its external data, is unavailable", async () => {
    const limit = show(origin, base, "ext/ext.onnx").length + 10;
    const revision = await open({ cwd: origin, sha: base, paths: ["models/net.onnx", "ext/ext.onnx"], maxModelBytes: limit });
    expect(revision.files.get("models/net.onnx")).toEqual({ kind: "unavailable", reason: expect.stringMatching(new RegExp(`is \\d+ bytes, more than the ${limit} dnntune takes for an ONNX model`)) });
    // The model fits, its data does not: the model and its data count together.
    expect(revision.files.get("ext/ext.onnx")).toEqual({ kind: "unavailable", reason: expect.stringMatching(/ext\/weights\.bin, which cannot be extracted: .*more than the \d+ dnntune takes for external data/) });
  });

  it("dispose() removes the temp folder", async () => {
    const revision = await baseRevision({ cwd: origin, sha: base, paths: ["models/net.onnx"], configPath: "dnntune.yml" });
    const path = found(revision.files.get("models/net.onnx"));
    const dir = dirname(dirname(path));
    expect(existsSync(join(dir, "dnntune.yml"))).toBe(true);
    revision.dispose();
    expect(existsSync(dir)).toBe(false);
    revision.dispose();
  });
});

describe("baseRevision in a shallow clone (actions/checkout's fetch-depth: 1)", () => {
  it("fetches the base commit from origin, once, and says so", async () => {
    // A file:// clone speaks the same protocol as GitHub; GitHub serves any commit of the
    // repository by id (what uploadpack.allowReachableSHA1InWant allows). Git's own server allows
    // it by default only with protocol v2, so the origin here says so outright, for any git.
    git(origin, "config", "uploadpack.allowReachableSHA1InWant", "true");
    const clone = join(scratch, "shallow");
    git(scratch, "clone", "-q", "--depth", "1", `file://${origin}`, clone);
    expect(git(clone, "rev-parse", "HEAD")).toBe(head);
    expect(() => git(clone, "cat-file", "-e", `${base}^{commit}`)).toThrow();
    const lines: string[] = [];
    const revision = await open({ cwd: clone, sha: base, paths: ["models/net.onnx", "ext/ext.onnx", "models/added.onnx"], configPath: "dnntune.yml", log: (l) => lines.push(l) });
    expect(revision.fetched).toBe(true);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^base commit ${base} is not in this checkout \\(a shallow clone\\); fetching it from origin$`))]);
    expect(sha256(readFileSync(found(revision.files.get("models/net.onnx"))))).toBe(sha256(show(origin, base, "models/net.onnx")));
    expect(readFileSync(join(dirname(found(revision.files.get("ext/ext.onnx"))), "weights.bin"))).toEqual(weights(1));
    expect(revision.files.get("models/added.onnx")?.kind).toBe("new");
    expect(readFileSync(found(revision.config), "utf8")).toBe("models:\n  - path: models/net.onnx\n");
    // Fetched now: a second look needs no fetch.
    expect((await open({ cwd: clone, sha: base, paths: ["models/net.onnx"] })).fetched).toBe(false);
  });

  it("a commit origin does not have: every file unavailable, with git's words and the fix", async () => {
    const clone = join(scratch, "shallow-2");
    git(scratch, "clone", "-q", "--depth", "1", `file://${origin}`, clone);
    const revision = await open({ cwd: clone, sha: "1".repeat(40), paths: ["models/net.onnx"], configPath: "dnntune.yml" });
    expect(revision.fetched).toBe(false);
    const reason = expect.stringMatching(/^base commit 1{40} is not in this checkout and could not be fetched from origin \(git fetch failed: .+\); check out with `fetch-depth: 0`/);
    expect(revision.files.get("models/net.onnx")).toEqual({ kind: "unavailable", reason });
    expect(revision.config).toEqual({ kind: "unavailable", reason });
  });
});

describe("baseRevision without a repository or a commit to read", () => {
  const unavailable = (revision: BaseRevision, pattern: RegExp) => {
    expect([...revision.files.values(), revision.config]).toEqual([
      { kind: "unavailable", reason: expect.stringMatching(pattern) },
      { kind: "unavailable", reason: expect.stringMatching(pattern) },
    ]);
  };

  it("an unreachable commit with no origin to fetch from", async () => {
    unavailable(await open({ cwd: origin, sha: "2".repeat(64), paths: ["models/net.onnx"], configPath: "dnntune.yml" }),
      /could not be fetched from origin \(git fetch failed: .*'origin' does not appear to be a git repository.*\); check out with `fetch-depth: 0`/);
  });

  it("a folder that is not in a repository", async () => {
    const plain = join(scratch, "plain");
    mkdirSync(plain);
    unavailable(await open({ cwd: plain, sha: base, paths: ["m.onnx"], configPath: "dnntune.yml" }), /is not in a git repository \(.*not a git repository.*\); check the repository out first/);
  });

  it("no git executable", async () => {
    unavailable(await open({ cwd: origin, sha: base, paths: ["models/net.onnx"], configPath: "dnntune.yml", git: "/nonexistent/git" }),
      /^git \(\/nonexistent\/git\) is not installed or not on PATH/);
  });

  it("a sha that is not a full commit id is the caller's error: InputError naming the field", async () => {
    for (const sha of ["HEAD", base.slice(0, 12), `${base}; rm -rf /`, "--upload-pack=touch /tmp/x", ""]) {
      await expect(baseRevision({ cwd: origin, sha, paths: [] })).rejects.toThrow(InputError);
    }
    await expect(baseRevision({ cwd: origin, sha: "HEAD", paths: [] })).rejects.toThrow(/^sha: must be a full commit id of 40 or 64 hex digits; got "HEAD"$/);
  });
});
