import type { EntityManager } from '@mikro-orm/postgresql';
import { PovertyStandard } from './poverty-standard.entity';

/** The poverty standard in force on a date, or null when none is. */
export const standardOn = (em: EntityManager, date: string): Promise<PovertyStandard | null> =>
  em.findOne(
    PovertyStandard,
    { validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gte: date } }] },
    { orderBy: { validFrom: 'desc' }, populate: ['document'] },
  );

/** Every standard, oldest first: to pick the one in force for many dates without a query each. */
export const allStandards = (em: EntityManager): Promise<PovertyStandard[]> =>
  em.find(PovertyStandard, {}, { orderBy: { validFrom: 'asc' } });

export const pickStandard = (standards: readonly PovertyStandard[], date: string): PovertyStandard | null => {
  let found: PovertyStandard | null = null;
  for (const standard of standards) {
    if (standard.validFrom <= date && (!standard.validTo || standard.validTo >= date)) found = standard;
  }
  return found;
};
