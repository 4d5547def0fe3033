import { closeSync, openSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../helpers/input-error-of.js";
import { writeJsonAtomic } from "../../src/results/write-results.js";

const fresh = () => mkdtempSync(join(tmpdir(), "write-results-"));
const errorOf = inputErrorOf;

describe("writeJsonAtomic", () => {
  it("writes a new file and replaces a regular one, leaving no temp file", () => {
    const dir = fresh();
    const out = join(dir, "sub", "results.json");
    writeJsonAtomic(out, { schema: "dnntune.results/v1", a: 1 });
    writeJsonAtomic(out, { schema: "dnntune.results/v1", a: 2 });
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual({ schema: "dnntune.results/v1", a: 2 });
    expect(readdirSync(join(dir, "sub"))).toEqual(["results.json"]);
  });

  it("replaces only a file dnntune wrote (or an empty one), directly or through a symlink", () => {
    const dir = fresh();
    const model = join(dir, "model.onnx");
    writeFileSync(model, "\x08\x07\x12\x07pytorch");
    const link = join(dir, "split.json");
    symlinkSync("model.onnx", link);
    expect(errorOf(() => writeJsonAtomic(model, {})).message).toMatch(/^out: .*model\.onnx exists and is not a file dnntune wrote; dnntune replaces only its own/);
    expect(errorOf(() => writeJsonAtomic(link, {})).message).toMatch(/^out: .*split\.json \(a link to .*model\.onnx\) exists and is not a file dnntune wrote/);
    expect(readFileSync(model, "utf8")).toBe("\x08\x07\x12\x07pytorch");
    const config = join(dir, "notes.json");
    writeFileSync(config, '{"schema": "something-else/v1"}');
    expect(() => writeJsonAtomic(config, {})).toThrow(/exists and is not a file dnntune wrote/);
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "");
    writeJsonAtomic(empty, { a: 1 });
    expect(JSON.parse(readFileSync(empty, "utf8"))).toEqual({ a: 1 });
  });

  it("as another tool's format, replaces only a file its recognizer knows, read whole, or an empty one", () => {
    const dir = fresh();
    const seen: string[] = [];
    const ours = { what: "a tally file that dnntune exported", recognize: (text: string) => (seen.push(text), /^\[\s*"tally"/.test(text)) };
    const out = join(dir, "tally.json");
    writeJsonAtomic(out, ["tally", 1], "out", ours);
    writeJsonAtomic(out, ["tally", 2, "x".repeat(10_000)], "out", ours);
    const long = readFileSync(out, "utf8");
    writeJsonAtomic(out, ["tally", 3], "out", ours);
    // It saw the whole file, past the 4 KiB that tell a dnntune JSON file.
    expect(seen.at(-1)).toBe(long);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(["tally", 3]);
    const other = join(dir, "other.json");
    writeFileSync(other, '{"schema": "dnntune.results/v1"}');
    expect(errorOf(() => writeJsonAtomic(other, ["tally"], "out", ours)).message)
      .toMatch(/^out: .*other\.json exists and is not a file dnntune wrote; dnntune replaces only a tally file that dnntune exported, so give a new path or remove that file first$/);
    expect(readFileSync(other, "utf8")).toBe('{"schema": "dnntune.results/v1"}');
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "");
    writeJsonAtomic(empty, ["tally"], "out", ours);
    expect(JSON.parse(readFileSync(empty, "utf8"))).toEqual(["tally"]);
  });

  it("writes through a symlink to a regular file: the target is replaced, the link kept", () => {
    const dir = fresh();
    const target = join(dir, "real.json");
    writeFileSync(target, '{"schema": "dnntune.split/v1"}');
    const link = join(dir, "link.json");
    symlinkSync("real.json", link);
    writeJsonAtomic(link, { a: 1 });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("real.json");
    expect(JSON.parse(readFileSync(target, "utf8"))).toEqual({ a: 1 });
  });

  it("refuses a dangling symlink, a folder, a FIFO and a device, naming the flag, and leaves them be", () => {
    const dir = fresh();
    symlinkSync(join(dir, "nowhere.json"), join(dir, "dangling.json"));
    mkdirSync(join(dir, "folder"));
    execFileSync("mkfifo", [join(dir, "fifo")]);
    symlinkSync("/dev/null", join(dir, "to-null"));
    expect(errorOf(() => writeJsonAtomic(join(dir, "dangling.json"), {}, "--base-out")).message).toMatch(/^--base-out: .*dangling\.json is a symlink to nothing/);
    expect(errorOf(() => writeJsonAtomic(join(dir, "folder"), {})).message).toMatch(/^out: .*folder is a folder; dnntune writes only regular files/);
    expect(errorOf(() => writeJsonAtomic(join(dir, "fifo"), {})).message).toMatch(/fifo is a FIFO/);
    expect(errorOf(() => writeJsonAtomic("/dev/null", {})).message).toMatch(/^out: \/dev\/null is a device/);
    expect(errorOf(() => writeJsonAtomic(join(dir, "to-null"), {})).message).toMatch(/to-null is a symlink to a device/);
    // A terminal, a pipe or a redirected file: refused whichever stdout is now.
    expect(errorOf(() => writeJsonAtomic("/dev/stdout", {})).message).toMatch(/^out: \/dev\/stdout is a symlink to /);
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(lstatSync(join(dir, "fifo")).isFIFO()).toBe(true);
    expect(lstatSync(join(dir, "dangling.json")).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["dangling.json", "fifo", "folder", "to-null"]);
  });

  it("refuses a link to a process's open file (/proc/self/fd/N), even when that file is regular", () => {
    const dir = fresh();
    const fd = openSync(join(dir, "shell-log.txt"), "w");
    try {
      symlinkSync(`/proc/self/fd/${fd}`, join(dir, "out.json"));
      expect(errorOf(() => writeJsonAtomic(join(dir, "out.json"), {})).message).toMatch(/out\.json is a symlink to \/proc\/self\/fd\/\d+, a device or a process's open file/);
      expect(readdirSync(dir).sort()).toEqual(["out.json", "shell-log.txt"]);
    } finally {
      closeSync(fd);
    }
  });

  it("refuses a unix socket", async () => {
    const dir = fresh();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, "sock"), resolve));
    try {
      expect(errorOf(() => writeJsonAtomic(join(dir, "sock"), {})).message).toMatch(/sock is a socket/);
      expect(lstatSync(join(dir, "sock")).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it("under a regular file: an InputError (exit 2), not a crash", () => {
    const dir = fresh();
    writeFileSync(join(dir, "file"), "x");
    expect(errorOf(() => writeJsonAtomic(join(dir, "file", "deeper", "out.json"), {})).message).toMatch(/^out: cannot write .*file\/deeper\/out\.json: .*file is a regular file, not a folder$/);
  });
});
