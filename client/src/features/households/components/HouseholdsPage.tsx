import '../households.css';
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { type HouseholdFilter, HouseholdPlacesDocument, type PovertyStatus } from '../../../apollo/generated';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { useHouseholdViewer } from '../hooks/useHouseholdViewer';
import { mayReadNames } from '../model/access';
import { HouseholdGrid } from './HouseholdGrid';
import { HouseholdsNav } from './HouseholdsNav';
import { PovertyRatesTable } from './PovertyRatesTable';

// The programme's years; the demo registry holds the end-2021 review (the 2022 plan's baseline).
const REVIEW_YEARS = [2021, 2022, 2023, 2024, 2025];
const DEFAULT_REVIEW_YEAR = 2021;
const STATUSES: readonly PovertyStatus[] = ['POOR', 'NEAR_POOR', 'AVERAGE_LIVING_STANDARD', 'NOT_POOR'];

export function HouseholdsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.nav.sections.households);
  const viewer = useHouseholdViewer();
  const { data: places } = useQuery(HouseholdPlacesDocument);
  const [year, setYear] = useState(DEFAULT_REVIEW_YEAR);
  const [communeId, setCommuneId] = useState<string | null>(null);
  const [villageId, setVillageId] = useState<string | null>(null);
  const [status, setStatus] = useState<PovertyStatus | null>(null);
  const [ethnicMinority, setEthnicMinority] = useState<boolean | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const ids = { year: useId(), commune: useId(), village: useId(), status: useId(), ethnic: useId() };

  // A commune officer starts on their own commune, the one whose names they may read.
  const ownCommune = viewer?.roles.includes('COMMUNE_OFFICER') ? (viewer.communeIds[0] ?? null) : null;
  useEffect(() => {
    if (ownCommune) setCommuneId((current) => current ?? ownCommune);
  }, [ownCommune]);

  const communes = places?.adminUnits ?? [];
  const villages = communes.find((commune) => commune.id === communeId)?.children ?? [];
  const filter = useMemo<HouseholdFilter>(
    () => ({ year, communeId, villageId, status, ethnicMinority }),
    [year, communeId, villageId, status, ethnicMinority],
  );
  const withNames = viewer !== null && mayReadNames(viewer, communeId);
  // A count belongs to its filter: cleared until the new first page reports its own.
  useEffect(() => {
    if (filter) setTotal(null);
  }, [filter]);
  const onTotal = useCallback((count: number) => setTotal(count), []);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t.nav.sections.households}</h1>
      </header>
      <HouseholdsNav />
      <form
        className="household-filters"
        aria-label={t.households.gridLabel}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="inline-field">
          <label htmlFor={ids.year}>{t.households.year}</label>
          <select id={ids.year} name="year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {REVIEW_YEARS.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor={ids.commune}>{t.households.commune}</label>
          <select
            id={ids.commune}
            name="commune"
            value={communeId ?? ''}
            onChange={(event) => {
              setCommuneId(event.target.value || null);
              setVillageId(null);
            }}
          >
            <option value="">{t.households.all}</option>
            {communes.map((commune) => (
              <option key={commune.id} value={commune.id}>
                {commune.name}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor={ids.village}>{t.households.village}</label>
          <select
            id={ids.village}
            name="village"
            value={villageId ?? ''}
            disabled={villages.length === 0}
            onChange={(event) => setVillageId(event.target.value || null)}
          >
            <option value="">{t.households.all}</option>
            {villages.map((village) => (
              <option key={village.id} value={village.id}>
                {village.name}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor={ids.status}>{t.households.status}</label>
          <select
            id={ids.status}
            name="status"
            value={status ?? ''}
            onChange={(event) => setStatus((event.target.value || null) as PovertyStatus | null)}
          >
            <option value="">{t.households.all}</option>
            {STATUSES.map((option) => (
              <option key={option} value={option}>
                {t.households.statusName[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor={ids.ethnic}>{t.households.ethnicMinority}</label>
          <select
            id={ids.ethnic}
            name="ethnicMinority"
            value={ethnicMinority === null ? '' : String(ethnicMinority)}
            onChange={(event) => setEthnicMinority(event.target.value === '' ? null : event.target.value === 'true')}
          >
            <option value="">{t.households.all}</option>
            <option value="true">{t.households.yes}</option>
            <option value="false">{t.households.no}</option>
          </select>
        </div>
      </form>
      <PovertyRatesTable year={year} />
      <p className="notice">{t.households.syntheticNotice}</p>
      {viewer && !withNames && (
        <p className="notice" data-testid="names-hidden">
          {t.households.namesHidden}
        </p>
      )}
      <p className="household-total" role="status" data-testid="household-total">
        {total === null ? '' : t.households.total(total)}
      </p>
      {viewer && <HouseholdGrid filter={filter} year={year} withNames={withNames} onTotal={onTotal} />}
    </div>
  );
}
