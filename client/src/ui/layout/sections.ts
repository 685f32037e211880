/** The console's main sections, in navigation order. */
export const SECTIONS = ['plan', 'allocations', 'households', 'targets', 'reports'] as const;

export type SectionKey = (typeof SECTIONS)[number];

export const SECTION_PATHS: Record<SectionKey, string> = {
  plan: '/plan',
  allocations: '/allocations',
  households: '/households',
  targets: '/targets',
  reports: '/reports',
};
