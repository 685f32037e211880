import type { CapitalType, FundingSource } from '../../../apollo/generated';
import { vietnamClock } from '../../../ui/vietnam-time';

// The district's documents are in Vietnamese whatever the console's language: the printable pages
// read as the spreadsheets the server writes (server/src/modules/reports/exports), word for word
// where they name things.

export const CAPITAL_TYPE_LABELS: Record<CapitalType, string> = {
  INVESTMENT: 'Vốn đầu tư phát triển',
  RECURRENT: 'Vốn sự nghiệp',
};

export const SOURCE_LABELS: Record<FundingSource, string> = {
  CENTRAL_BUDGET: 'Ngân sách trung ương',
  PROVINCIAL_BUDGET: 'Ngân sách tỉnh',
  DISTRICT_BUDGET: 'Ngân sách huyện',
  POLICY_CREDIT: 'Vốn tín dụng chính sách',
  OTHER: 'Nguồn vốn khác',
};

// The order decisions list them in: investment before recurrent, central before local.
export const CAPITAL_TYPE_ORDER: readonly CapitalType[] = ['INVESTMENT', 'RECURRENT'];
export const SOURCE_ORDER: readonly FundingSource[] = [
  'CENTRAL_BUDGET',
  'PROVINCIAL_BUDGET',
  'DISTRICT_BUDGET',
  'POLICY_CREDIT',
  'OTHER',
];

/** Money a project holds itself, not split among its sub-projects (an envelope assigned to the project). */
export const PROJECT_OWN_LABEL = 'Kinh phí chung của dự án (chưa phân theo tiểu dự án)';

/** "Ia H'Drai" → "Ủy ban nhân dân huyện Ia H'Drai", the body that issues the district's documents. */
export function districtCommittee(districtName: string): string {
  return `Ủy ban nhân dân huyện ${districtName}`;
}

export interface ComponentLike {
  id: string;
  code: string;
  name: string;
  kind: 'PROJECT' | 'SUBPROJECT';
  parent: { id: string } | null;
}

/** The row label: "Dự án 3: …" / "Tiểu dự án 1: …", as the programme's documents name them. */
export function componentLabel(component: ComponentLike): string {
  return component.kind === 'PROJECT'
    ? `Dự án ${component.code}: ${component.name}`
    : `Tiểu dự án ${component.code.split('.').at(-1)}: ${component.name}`;
}

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Projects are numbered I, II, III… in Vietnamese appendices; their sub-projects 1, 2, 3… */
export function roman(value: number): string {
  let rest = value;
  let text = '';
  for (const [step, letters] of ROMAN) {
    while (rest >= step) {
      text += letters;
      rest -= step;
    }
  }
  return text;
}

export interface ProjectNode<C extends ComponentLike> {
  project: C;
  numeral: string;
  children: C[];
}

/** The plan's components (in the plan's order) as the tree a decision lists them in. */
export function projectTree<C extends ComponentLike>(components: readonly C[]): ProjectNode<C>[] {
  return components
    .filter((component) => component.kind === 'PROJECT')
    .map((project, index) => ({
      project,
      numeral: roman(index + 1),
      children: components.filter((component) => component.parent?.id === project.id),
    }));
}

/** An instant in Vietnam time as the spreadsheets write it: "14:05 ngày 03/03/2026". */
export function vietnamInstant(instant: string | Date, formatDate: (isoDate: string) => string): string {
  const { date, time } = vietnamClock(new Date(instant));
  return `${time} ngày ${formatDate(date)}`;
}
