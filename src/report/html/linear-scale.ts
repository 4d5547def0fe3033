// The arithmetic under every chart of the HTML report, kept apart from the markup so the tests can
// check geometry (a bar twice as long for twice the time) without parsing SVG.

/** Maps `domain` linearly onto `range`; an empty domain maps everything to the range's start. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (!(span > 0) || !Number.isFinite(span)) return () => r0;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * About `count` round ticks (1, 2 or 5 × 10^k apart) from at most `min` to at least `max`, so an
 * axis made from the first and last one holds every value.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min > max) [min, max] = [max, min];
  const span = max - min || Math.abs(max) || 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  let first = Math.floor(min / step) * step;
  let last = Math.ceil(max / step) * step;
  if (first === last) {
    // One value: a step above it, and one below unless that would cross zero into negatives.
    if (first > 0 || min < 0) first -= step;
    last += step;
  }
  const ticks: number[] = [];
  // Counted, not accumulated, so 0.1 + 0.2 drift cannot add or lose a tick.
  for (let i = 0; first + i * step <= last + step / 2; i++) ticks.push(roundTo(first + i * step, step));
  return ticks;
}

// 0.30000000000000004 → 0.3: as many decimals as the step has.
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(Math.min(20, decimals)));
}

/** A coordinate as SVG gets it: two decimals at most, no "-0", no exponent. */
export function px(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) || !Number.isFinite(rounded) ? "0" : String(rounded);
}
