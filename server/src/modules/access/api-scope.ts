import { registerEnumType } from 'type-graphql';

/** What an API token may read: each root query belongs to one area (docs/access.md). */
export enum ApiScope {
  /** Places, legal documents, the plan, its components, targets, deadlines and units. */
  PLAN = 'PLAN',
  /** Envelopes, allocations, disbursements and the budget summary. */
  BUDGET = 'BUDGET',
  /** The household registry without personal fields, poverty rates, benefits and the standards. */
  HOUSEHOLDS = 'HOUSEHOLDS',
  /** The budget's audit trail. */
  AUDIT = 'AUDIT',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'What an API token may read.',
  valuesConfig: {
    PLAN: { description: 'Places, documents, the plan, components, targets, deadlines and units.' },
    BUDGET: { description: 'Envelopes, allocations, disbursements and the budget summary.' },
    HOUSEHOLDS: { description: 'Households without personal fields, poverty rates, benefits, standards.' },
    AUDIT: { description: "The budget's audit trail." },
  },
});
