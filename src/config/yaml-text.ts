// Scalars for YAML that dnntune writes by hand (so it can carry comments): plain when YAML reads
// the text back as the same string, double-quoted (JSON escapes are valid YAML) otherwise.
import { parse } from "yaml";

const PLAIN = /^[A-Za-z0-9_./][A-Za-z0-9_./@+-]*$/;

export function yamlString(text: string): string {
  if (PLAIN.test(text)) {
    try {
      if (parse(text) === text) return text;
    } catch {
      // not plain, then
    }
  }
  return JSON.stringify(text);
}
