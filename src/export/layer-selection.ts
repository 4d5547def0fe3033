// Which layers an export lists besides each model's own numbers: none (the default), all of them,
// or the N that take the most time in each model (`--layers top:N`).
import { InputError } from "../errors.js";

export type LayerSelection = { kind: "none" } | { kind: "all" } | { kind: "top"; count: number };

/** `none`, `all` or `top:N` (N ≥ 1); anything else is an InputError naming `--layers`. */
export function parseLayerSelection(text: string): LayerSelection {
  const value = text.trim();
  if (value === "none") return { kind: "none" };
  if (value === "all") return { kind: "all" };
  const top = /^top:(\d{1,9})$/.exec(value);
  const count = top ? Number(top[1]) : 0;
  if (count >= 1) return { kind: "top", count };
  throw new InputError("layers", `expected none, all or top:N with N a whole number from 1 (the N slowest layers of each model); got ${JSON.stringify(text)}`);
}
