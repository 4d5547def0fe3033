// `--model FILE|DIR|GLOB`: a file, every .onnx under a folder, or a glob (`models/**/*.onnx`,
// `m?.onnx`, `v[12].onnx`). A path that exists is taken as it is, even when it holds `*?[`.
// One file given twice (`m.onnx` and `./m.onnx`, or through a symlink) is benchmarked once.
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";

const WILDCARD = /[*?[]/;

export function findModels(patterns: readonly string[], cwd = process.cwd()): string[] {
  if (patterns.length === 0) throw new InputError("models", "give at least one model: a .onnx file, a folder of them, or a glob such as 'models/**/*.onnx'");
  return findFiles(patterns, { extension: ".onnx", field: "models" }, cwd);
}

/**
 * Files by path, folder (every file under it with `extension`) or glob, each once, in the order
 * given; a pattern that finds nothing is an error of `field`.
 */
export function findFiles(patterns: readonly string[], kind: { extension: string; field: string }, cwd = process.cwd()): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const globbed = WILDCARD.test(pattern) && !existsSync(resolve(cwd, pattern));
    const matches = globbed ? glob(pattern, cwd, kind.field) : expand(pattern, kind);
    if (matches.length === 0) {
      throw new InputError(kind.field, globbed ? `no ${kind.extension} file matches ${pattern}` : `${pattern} holds no ${kind.extension} file`);
    }
    for (const m of matches) {
      const real = realPath(resolve(cwd, m));
      if (!seen.has(real)) found.push(m);
      seen.add(real);
    }
  }
  return found;
}

/** A model's name from its file alone: the file name less `.onnx`. */
export function modelName(path: string): string {
  return withoutOnnx(basename(path));
}

// A name must name something: a file called `.onnx` or ` .onnx` keeps its whole name.
function withoutOnnx(name: string): string {
  const stem = name.replace(/\.onnx$/i, "");
  return stem.slice(stem.lastIndexOf("/") + 1).trim() === "" ? name : stem;
}

/**
 * Each model's name in the results: its file name less `.onnx`, or, for models whose file
 * names collide, their path from the folder they share (`a/m`, `b/m`), so names stay unique.
 */
export function modelNames(paths: readonly string[]): string[] {
  const base = paths.map(modelName);
  const colliding = paths.filter((_, i) => base.indexOf(base[i]!) !== base.lastIndexOf(base[i]!)).map((p) => resolve(p));
  if (colliding.length === 0) return base;
  let common = dirname(colliding[0]!);
  while (!colliding.every((p) => p.startsWith(common.endsWith(sep) ? common : `${common}${sep}`))) common = dirname(common);
  return paths.map((p, i) => (colliding.includes(resolve(p)) ? withoutOnnx(relative(common, resolve(p)).split(sep).join("/")) : base[i]!));
}

function expand(path: string, kind: { extension: string; field: string }): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(kind.field, `${path} does not exist; give a ${kind.extension} file, a folder of them, or a glob`);
  }
  return stat.isDirectory() ? walk(path).filter((f) => f.toLowerCase().endsWith(kind.extension)) : [path];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : []));
}

// Node 20 has no fs.glob: `**` crosses folders; `*`, `?` and `[…]` stay within one.
function glob(pattern: string, cwd: string, field: string): string[] {
  const parts = pattern.split("/");
  const firstWild = parts.findIndex((p) => WILDCARD.test(p));
  const root = parts.slice(0, firstWild).join("/") || ".";
  const source = `^${parts.slice(firstWild).map((p) => (p === "**" ? "(?:.*/)?" : `${segmentRegex(p)}/`)).join("").replace(/\/$/, "")}$`;
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch {
    throw new InputError(field, `${pattern} is not a glob dnntune can read (a bad [range]?) and no file has that name`);
  }
  let files: string[];
  try {
    files = walk(resolve(cwd, root));
  } catch {
    return [];
  }
  return files
    .map((f) => relative(resolve(cwd, root), f).split(sep).join("/"))
    .filter((f) => regex.test(f))
    .map((f) => (root === "." ? f : `${root}/${f}`));
}

/** One path segment of a glob as a regular expression; a `[` with no closing `]` is literal. */
function segmentRegex(segment: string): string {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) {
        out += "\\[";
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith("!") || body.startsWith("^");
      if (negated) body = body.slice(1);
      out += `[${negated ? "^" : ""}${body.replace(/[\\\]^[]/g, "\\$&")}]`;
      i = close;
    } else out += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return out;
}


function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Folders a repository walk never enters: dependencies and version control. */
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

/**
 * The .onnx files of the repository at `dir`, relative to it with `/`: the files git knows
 * (tracked, or new and not ignored) in a git work tree, else a walk; never under node_modules
 * or .git. `listGitFiles` returns undefined when `dir` is not in a git work tree.
 */
export function repositoryModels(dir: string, listGitFiles: (dir: string) => string[] | undefined): string[] {
  const files = listGitFiles(dir) ?? walkRepository(dir, "");
  // A repository without a .gitignore still does not configure its dependencies' models.
  return files.filter((f) => f.toLowerCase().endsWith(".onnx") && !f.split("/").some((part) => SKIPPED_FOLDERS.has(part))).sort();
}

function walkRepository(root: string, under: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, under), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = under === "" ? entry.name : `${under}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : walkRepository(root, path);
    return entry.isFile() ? [path] : [];
  });
}
