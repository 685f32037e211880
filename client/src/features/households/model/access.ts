import type { Role } from '../../../apollo/generated';

// Decree 13/2023/ND-CP on personal data: names, members and incomes are for the Labour office
// (planning), admins and the household's own commune; leadership, analysts and the finance office work
// with counts and rates only.
const DISTRICT_WIDE_READERS: readonly Role[] = ['ADMIN', 'PLANNING_OFFICER'];

export const REGISTRY_WRITERS: readonly Role[] = ['ADMIN', 'PLANNING_OFFICER', 'COMMUNE_OFFICER'];

export interface HouseholdViewer {
  roles: readonly Role[];
  communeIds: readonly string[];
}

/**
 * Whether to ask for names at all: district-wide readers always; a commune officer only when the
 * list is limited to one of their own communes (other communes' names would come back FORBIDDEN).
 */
export function mayReadNames(viewer: HouseholdViewer, communeId: string | null): boolean {
  if (viewer.roles.some((role) => DISTRICT_WIDE_READERS.includes(role))) return true;
  return viewer.roles.includes('COMMUNE_OFFICER') && communeId !== null && viewer.communeIds.includes(communeId);
}

/**
 * Whether a household's own page asks for its personal data (names, members, incomes). `node(id)`
 * answers a commune officer with their own communes' households only, so any household they can open
 * is one whose personal data they may read; everyone else outside ADMIN and PLANNING_OFFICER may not.
 */
export function mayReadHouseholdPersonalData(viewer: HouseholdViewer): boolean {
  return viewer.roles.some((role) => REGISTRY_WRITERS.includes(role));
}

// Benefits' description and override reason are free text officers write names into: for those who
// record benefits and the finance office that pays for them, not for leadership or analysts.
const BENEFIT_TEXT_READERS: readonly Role[] = ['ADMIN', 'FINANCE_OFFICER', 'PLANNING_OFFICER', 'COMMUNE_OFFICER'];

export function mayReadBenefitText(viewer: HouseholdViewer): boolean {
  return viewer.roles.some((role) => BENEFIT_TEXT_READERS.includes(role));
}

export function mayImport(roles: readonly Role[]): boolean {
  return roles.some((role) => REGISTRY_WRITERS.includes(role));
}
