// Exported numbers are rounded to a fixed step (a nanosecond, a nanojoule): far below what a
// benchmark can resolve, and without the float noise (41.216000000000004) a chart tooltip shows.

/** `value` rounded to `decimals` places, halves away from zero. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.sign(value) * Math.round(Math.abs(value) * scale) / scale;
}
