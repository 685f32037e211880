import { vietnamClock } from '../../../common/vietnam-time';
import { CapitalType, FundingSource } from '../../budget';
import type { AdminUnit } from '../../places';
import { ComponentKind, type ProgramComponent } from '../../plan';

// The words both documents share, as the programme's documents write them.

/** "Ia H'Drai" → "Ủy ban nhân dân huyện Ia H'Drai", the body that issues the district's documents. */
export const districtCommittee = (district: AdminUnit): string => `Ủy ban nhân dân huyện ${district.name}`;

export const CAPITAL_TYPE_LABELS: Record<CapitalType, string> = {
  [CapitalType.INVESTMENT]: 'Vốn đầu tư phát triển',
  [CapitalType.RECURRENT]: 'Vốn sự nghiệp',
};

export const SOURCE_LABELS: Record<FundingSource, string> = {
  [FundingSource.CENTRAL_BUDGET]: 'Ngân sách trung ương',
  [FundingSource.PROVINCIAL_BUDGET]: 'Ngân sách tỉnh',
  [FundingSource.DISTRICT_BUDGET]: 'Ngân sách huyện',
  [FundingSource.POLICY_CREDIT]: 'Vốn tín dụng chính sách',
  [FundingSource.OTHER]: 'Nguồn vốn khác',
};

// The order decisions list them in: investment before recurrent, central before local.
export const CAPITAL_TYPE_ORDER = Object.values(CapitalType);
export const SOURCE_ORDER = Object.values(FundingSource);

/** '2022-06-30' as Vietnamese documents write it: 30/6/2022. */
export const viDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}/${month}/${year}`;
};

/** An instant in Vietnam time: "14:05 ngày 3/3/2026". */
export const viInstant = (instant: Date): string => {
  const { date, time } = vietnamClock(instant);
  return `${time} ngày ${viDate(date)}`;
};

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Projects are numbered I, II, III… in Vietnamese appendices; their sub-projects 1, 2, 3… */
export const roman = (value: number): string => {
  let rest = value;
  let text = '';
  for (const [step, letters] of ROMAN) {
    while (rest >= step) {
      text += letters;
      rest -= step;
    }
  }
  return text;
};

/** A project and its sub-projects, in the plan's order. */
export interface ProjectNode {
  project: ProgramComponent;
  /** "I", "II", … */
  numeral: string;
  children: ProgramComponent[];
}

/** The plan's components as the tree a decision lists them in (components come ordered by position). */
export const projectTree = (components: ProgramComponent[]): ProjectNode[] => {
  const projects = components.filter((component) => component.kind === ComponentKind.PROJECT);
  return projects.map((project, index) => ({
    project,
    numeral: roman(index + 1),
    children: components.filter((component) => component.parent?.id === project.id),
  }));
};

/** The row label: "Dự án 3: …" / "Tiểu dự án 1: …", as the programme's documents name them. */
export const componentLabel = (component: ProgramComponent): string =>
  component.kind === ComponentKind.PROJECT
    ? `Dự án ${component.code}: ${component.name}`
    : `Tiểu dự án ${component.code.split('.').at(-1)}: ${component.name}`;

/** Money a project holds itself, not split among its sub-projects (an envelope assigned to the project). */
export const PROJECT_OWN_LABEL = 'Kinh phí chung của dự án (chưa phân theo tiểu dự án)';

export const TOTAL_LABEL = 'TỔNG CỘNG';
