import { describe, expect, it } from 'vitest';
import { mayReadBenefitText, mayReadHouseholdPersonalData } from '../../../client/src/features/households/model/access';

// Names, members and incomes (Decree 13/2023/ND-CP), as the server's permission table has them:
// ADMIN, PLANNING_OFFICER, and the COMMUNE_OFFICER of the household's commune (the only households
// `node(id)` gives a commune officer).
describe("who a household's page asks personal data for", () => {
  it('asks for the registry keepers', () => {
    expect(mayReadHouseholdPersonalData({ roles: ['ADMIN'], communeIds: [] })).toBe(true);
    expect(mayReadHouseholdPersonalData({ roles: ['PLANNING_OFFICER'], communeIds: [] })).toBe(true);
    expect(mayReadHouseholdPersonalData({ roles: ['COMMUNE_OFFICER'], communeIds: ['ia-toi'] })).toBe(true);
  });

  it('never asks for leadership, analysts or the finance office', () => {
    expect(mayReadHouseholdPersonalData({ roles: ['LEADERSHIP'], communeIds: [] })).toBe(false);
    expect(mayReadHouseholdPersonalData({ roles: ['ANALYST'], communeIds: [] })).toBe(false);
    expect(mayReadHouseholdPersonalData({ roles: ['FINANCE_OFFICER'], communeIds: [] })).toBe(false);
  });
});

// A benefit's description and override reason: free text with names in it, for those who record
// benefits and the finance office that pays for them.
describe("who a household's page asks benefits' free text for", () => {
  it('asks for admins, the finance and Labour offices and commune officers', () => {
    for (const role of ['ADMIN', 'FINANCE_OFFICER', 'PLANNING_OFFICER', 'COMMUNE_OFFICER'] as const) {
      expect(mayReadBenefitText({ roles: [role], communeIds: [] }), role).toBe(true);
    }
  });

  it('never asks for leadership or analysts', () => {
    expect(mayReadBenefitText({ roles: ['LEADERSHIP'], communeIds: [] })).toBe(false);
    expect(mayReadBenefitText({ roles: ['ANALYST'], communeIds: [] })).toBe(false);
  });
});
