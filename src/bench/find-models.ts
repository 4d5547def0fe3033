// `--model FILE|DIR|GLOB`: a file, every .onnx under a folder, or a glob (`models/**/*.onnx`).
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";

export function findModels(patterns: readonly string[], cwd = process.cwd()): string[] {
  if (patterns.length === 0) throw new InputError("models", "give at least one model: a .onnx file, a folder of them, or a glob such as 'models/**/*.onnx'");
  const found: string[] = [];
  for (const pattern of patterns) {
    const matches = /[*?[]/.test(pattern) ? glob(pattern, cwd) : expand(pattern);
    if (matches.length === 0) {
      throw new InputError("models", /[*?[]/.test(pattern) ? `no .onnx file matches ${pattern}` : `${pattern} holds no .onnx file`);
    }
    for (const m of matches) if (!found.includes(m)) found.push(m);
  }
  return found;
}

function expand(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError("models", `${path} does not exist; give a .onnx file, a folder of them, or a glob`);
  }
  return stat.isDirectory() ? walk(path).filter((f) => f.toLowerCase().endsWith(".onnx")) : [path];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : []));
}

// Node 20 has no fs.glob: `**` crosses folders, `*` and `?` stay within one.
function glob(pattern: string, cwd: string): string[] {
  const parts = pattern.split("/");
  const firstWild = parts.findIndex((p) => /[*?[]/.test(p));
  const root = parts.slice(0, firstWild).join("/") || ".";
  const regex = new RegExp(`^${parts.slice(firstWild).map((p) => (p === "**" ? "(?:.*/)?" : `${p.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}/`)).join("").replace(/\/$/, "")}$`);
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
