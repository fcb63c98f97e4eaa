// Lighthouse's mobile preset on a host slower than the one it assumes (see scripts/audit.mjs).

/**
 * The CPU slowdown that makes this host behave like Lighthouse's mobile device: piecewise linear
 * through the points of Lighthouse's calibration table (benchmark index 150 → 1×, 800 → 2×,
 * 1,300 → 3×, 1,533 and above → 4×, the preset's own).
 */
export function cpuMultiplier(benchmarkIndex) {
  const table = [
    [150, 1],
    [800, 2],
    [1300, 3],
    [1533, 4],
  ];
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex >= 1533) return 4;
  if (benchmarkIndex <= 150) return 1;
  const upper = table.findIndex(([index]) => benchmarkIndex <= index);
  const [x0, y0] = table[upper - 1];
  const [x1, y1] = table[upper];
  return Number((y0 + ((benchmarkIndex - x0) / (x1 - x0)) * (y1 - y0)).toFixed(2));
}
