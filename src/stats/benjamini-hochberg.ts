// Benjamini–Hochberg adjusted p-values (statsmodels multipletests(method="fdr_bh")): controls
// the false discovery rate across the many layers of one model × device, which only inform.

export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  const adjusted = new Array<number>(m);
  let running = Infinity;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank] as number;
    running = Math.min(running, ((pValues[index] as number) * m) / (rank + 1));
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}
