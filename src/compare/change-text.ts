// How a ratio head / base is written for people, the same in the gate's reasons, the PR comment
// and the reports: `+12.4 % [+9.8, +15.1]`, with a true minus sign and no "-0.0".

/** `+12.4` for 1.124, `−3.0` for 0.97: one decimal below 100 %, none from there; `?` when not finite. */
export function percentText(ratio: number): string {
  if (!Number.isFinite(ratio)) return "?";
  const pct = (ratio - 1) * 100;
  const digits = Math.abs(pct) < 100 ? 1 : 0;
  const magnitude = Math.abs(pct).toFixed(digits);
  // A change that rounds to zero is written +0.0 whichever side of 1 the ratio fell.
  return `${pct < 0 && Number(magnitude) !== 0 ? "−" : "+"}${magnitude}`;
}

/** `+12.4 % [+9.8, +15.1]`: the estimate and its interval, in per cent. */
export function changeText(ratio: number, ci: readonly [number, number]): string {
  return `${percentText(ratio)} % [${percentText(ci[0])}, ${percentText(ci[1])}]`;
}
