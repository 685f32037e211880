import { useI18n } from '../../../ui/i18n/I18nProvider';
import { TEXT_LIMITS } from '../../../ui/text-limits';

interface DecisionFieldsProps {
  /** Prefix of the inputs' ids (a useId value). */
  id: string;
  /** Prefix of the inputs' names: `<prefix>Number`, `<prefix>Date`. */
  name: string;
  labels: { decisionNumber: string; decisionDate: string };
  number: string;
  date: string;
  onNumber(value: string): void;
  onDate(value: string): void;
}

/** A decision's number and date (dd/mm/yyyy), as approval and adjustment both cite one. */
export function DecisionFields({ id, name, labels, number, date, onNumber, onDate }: DecisionFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-number`}>{labels.decisionNumber}</label>
        <input
          id={`${id}-number`}
          name={`${name}Number`}
          maxLength={TEXT_LIMITS.decisionNumber}
          value={number}
          onChange={(event) => onNumber(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{labels.decisionDate}</label>
        <input
          id={`${id}-date`}
          name={`${name}Date`}
          placeholder={t.allocations.assign.dateHint}
          value={date}
          onChange={(event) => onDate(event.target.value)}
        />
      </div>
    </>
  );
}
