import { NavLink } from 'react-router';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useHouseholdViewer } from '../hooks/useHouseholdViewer';
import { mayImport } from '../model/access';

export const HOUSEHOLD_PATHS = {
  list: '/households',
  import: '/households/import',
  classify: '/households/classify',
} as const;

export function householdPath(id: string): string {
  return `/households/${encodeURIComponent(id)}`;
}

/** The household section's own pages; import only for the roles that keep the registry. */
export function HouseholdsNav() {
  const { t } = useI18n();
  const viewer = useHouseholdViewer();
  return (
    <nav className="households-nav" aria-label={t.nav.sections.households}>
      <NavLink to={HOUSEHOLD_PATHS.list} end>
        {t.households.tabs.list}
      </NavLink>
      {viewer && mayImport(viewer.roles) && <NavLink to={HOUSEHOLD_PATHS.import}>{t.households.tabs.import}</NavLink>}
      <NavLink to={HOUSEHOLD_PATHS.classify}>{t.households.tabs.classify}</NavLink>
    </nav>
  );
}
