import { useId } from 'react';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { usePlanYears } from '../hooks/usePlanYears';

interface YearSelectProps {
  value: number;
  onChange: (year: number) => void;
}

export function YearSelect({ value, onChange }: YearSelectProps) {
  const { t } = useI18n();
  const years = usePlanYears(value);
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{t.plan.year}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
