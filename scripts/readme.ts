// Rewrites the README's generated sections from the commands' option tables: each command's
// flag table between `<!-- flags:<command> -->` and `<!-- /flags:<command> -->`, and the exit
// statuses between `<!-- exit-statuses -->` and `<!-- /exit-statuses -->`. `npm run readme`
// runs it; test/readme.test.ts fails when the README differs from what it would write.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { COMMANDS } from "../src/cli.js";
import { exitStatusTable, flagTable } from "../src/report/cli-help.js";

export const README = fileURLToPath(new URL("../README.md", import.meta.url));

/** The generated sections: marker name → Markdown. */
export function generatedSections(): Map<string, string> {
  const sections = new Map<string, string>();
  for (const { spec } of COMMANDS) sections.set(`flags:${spec.name}`, flagTable(spec));
  sections.set("exit-statuses", exitStatusTable());
  return sections;
}

/** `readme` with every generated section that it has markers for replaced. */
export function updateReadme(readme: string, sections = generatedSections()): string {
  let text = readme;
  for (const [name, body] of sections) {
    const open = `<!-- ${name} -->`;
    const close = `<!-- /${name} -->`;
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start < 0 || end < start) continue;
    text = `${text.slice(0, start + open.length)}\n${body}\n${text.slice(end)}`;
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const before = readFileSync(README, "utf8");
  const after = updateReadme(before);
  if (after !== before) writeFileSync(README, after);
  process.stdout.write(after === before ? "README.md is up to date\n" : "README.md: rewrote the generated sections\n");
}
