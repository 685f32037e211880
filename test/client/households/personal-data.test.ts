import { describe, expect, it } from 'vitest';
import { mayReadHouseholdPersonalData } from '../../../client/src/features/households/model/access';

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
