import type { Role } from '../../apollo/generated';

/** The console's main sections, in navigation order; the first is where everyone lands. */
export const SECTIONS = ['dashboard', 'plan', 'allocations', 'households', 'targets', 'reports', 'admin'] as const;

export type SectionKey = (typeof SECTIONS)[number];

export const SECTION_PATHS: Record<SectionKey, string> = {
  dashboard: '/dashboard',
  plan: '/plan',
  allocations: '/allocations',
  households: '/households',
  targets: '/targets',
  reports: '/reports',
  admin: '/admin',
};

/** Printable documents: outside the console's frame, so they print as documents. */
export const PRINT_PATHS = { allocation: '/in/phan-bo', results: '/in/bao-cao' } as const;

// Sections only some roles reach; the rest are for every signed-in role. Hiding an entry is a
// courtesy: the server refuses the section's operations to other roles anyway.
const SECTION_ROLES: Partial<Record<SectionKey, readonly Role[]>> = {
  admin: ['ADMIN'],
};

/** The sections to list for a viewer; while their roles are unknown (null), only the open ones. */
export function sectionsFor(roles: readonly Role[] | null): SectionKey[] {
  return SECTIONS.filter((section) => {
    const allowed = SECTION_ROLES[section];
    return !allowed || (roles ?? []).some((role) => allowed.includes(role));
  });
}
