// Numbers as the reports write them: times in the unit that keeps three significant digits
// readable (µs, ms, s), energy in mJ, p-values to two digits.

/** Three significant digits, without an exponent or trailing zeros: 812, 12.3, 0.5. */
export function significant(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return "?";
  return String(Number(value.toPrecision(digits)));
}

/** `812 µs`, `12.3 ms`, `1.23 s`; `—` for no value. */
export function durationText(us: number | null | undefined): string {
  if (us === null || us === undefined) return "—";
  const abs = Math.abs(us);
  if (abs < 1000) return `${significant(us)} µs`;
  if (abs < 1_000_000) return `${significant(us / 1000)} ms`;
  return `${significant(us / 1_000_000)} s`;
}

/** `+45 µs`, `−1.2 ms`: a signed change of time. */
export function durationChangeText(us: number): string {
  const text = durationText(Math.abs(us));
  return `${us < 0 && text !== "0 µs" ? "−" : "+"}${text}`;
}

/** `12.3 mJ`; `—` for no value. */
export function energyText(mj: number | null | undefined): string {
  return mj === null || mj === undefined ? "—" : `${significant(mj)} mJ`;
}

/** `<0.001`, `0.034`, `1`; `—` for none. */
export function pText(p: number | null): string {
  if (p === null) return "—";
  return p < 0.001 ? "<0.001" : significant(p, 2);
}

/** `24 %` of a whole; `<1 %` for a sliver; `—` when the whole is unknown. */
export function shareText(part: number, whole: number | undefined): string {
  if (whole === undefined || !(whole > 0)) return "—";
  const pct = (100 * part) / whole;
  return pct > 0 && pct < 0.5 ? "<1 %" : `${pct.toFixed(0)} %`;
}
