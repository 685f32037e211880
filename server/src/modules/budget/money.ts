import { BigIntType } from '@mikro-orm/core';

/** PostgreSQL bigint mapped to a JS bigint: whole đồng, exact. A new type object per property. */
export const moneyColumn = () => ({ type: new BigIntType('bigint'), columnType: 'bigint' }) as const;

/** The largest amount one allocation may carry (10^15 đồng), far above any district budget. */
export const MAX_CELL_AMOUNT = 10n ** 15n;
