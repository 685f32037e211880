import { formatDong } from '../../../ui/amount';
import { formatPercent } from '../../../ui/format';

/** A share as the tables show it, or a dash when there is nothing to measure against. */
export function shareText(share: number | null): string {
  return share === null ? '—' : formatPercent(share);
}

/** Whole đồng as every table on the dashboard shows it: `1.234.567.000 ₫`. */
export function dongText(amount: bigint): string {
  return formatDong(amount);
}
