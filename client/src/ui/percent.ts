/**
 * `part` as a percentage of `whole`, with two decimals rounded half away from zero, computed on
 * whole đồng (bigint) so that no float ever touches money; null when there is nothing to measure
 * against (a whole of zero).
 */
export function percentOf(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  const negative = part < 0n;
  const magnitude = negative ? -part : part;
  // Hundredths of a percent: part × 10,000 / whole, plus half a unit before truncating.
  const hundredths = (magnitude * 20_000n + whole) / (2n * whole);
  const value = Number(hundredths) / 100;
  return negative ? -value : value;
}

/** A percentage in hundredths, as the server compares them (`32.73` as 3273), so comparisons are exact. */
export function hundredths(percent: number): number {
  return Math.round(percent * 100);
}
