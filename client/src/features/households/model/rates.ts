export interface RateRow {
  households: number;
  poor: number;
  nearPoor: number;
}

/**
 * The district line under the communes' rates: counts add up, the rate is recomputed from them
 * (averaging the communes' rates would weigh a small commune like a large one). Two decimals, as
 * the server rounds.
 */
export function totalOf(rows: readonly RateRow[]): RateRow & { rate: number | null } {
  const households = rows.reduce((sum, row) => sum + row.households, 0);
  const poor = rows.reduce((sum, row) => sum + row.poor, 0);
  const nearPoor = rows.reduce((sum, row) => sum + row.nearPoor, 0);
  const rate = households === 0 ? null : Math.round((poor * 10_000) / households) / 100;
  return { households, poor, nearPoor, rate };
}
