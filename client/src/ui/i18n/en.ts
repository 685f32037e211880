import type { AdminLevel, Comparator, TargetIndicator } from '../../apollo/generated';
import { formatNumber, formatPercent } from '../format';
import type { Messages } from './messages';

const indicatorName: Record<TargetIndicator, string> = {
  POOR_HOUSEHOLD_RATE: 'Poor-household rate',
  POOR_HOUSEHOLD_RATE_REDUCTION: 'Reduction of the poor-household rate',
};

const indicatorValue: Record<TargetIndicator, (value: number) => string> = {
  POOR_HOUSEHOLD_RATE: formatPercent,
  POOR_HOUSEHOLD_RATE_REDUCTION: (value: number) =>
    `${formatNumber(value)} percentage ${value === 1 ? 'point' : 'points'}`,
};

const adminLevel: Record<AdminLevel, string> = {
  PROVINCE: 'Province',
  DISTRICT: 'District',
  COMMUNE: 'Commune',
  VILLAGE: 'Village',
};

const comparator: Record<Comparator, string> = { AT_MOST: 'at most', AT_LEAST: 'at least' };

export const en: Messages = {
  app: {
    name: 'Ansinh',
    programme: 'National Target Program for Sustainable Poverty Reduction',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    loadFailed: 'The data could not be loaded.',
    retry: 'Try again',
    notFound: 'This page does not exist.',
    goHome: 'Go to the plan',
  },
  language: {
    label: 'Language',
    names: { vi: 'Tiếng Việt', en: 'English' },
    short: { vi: 'VI', en: 'EN' },
  },
  signIn: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalidCredentials: 'Wrong username or password',
    failed: 'Could not sign in. Please try again.',
    unreachable: 'The server cannot be reached. Please try again.',
  },
  account: {
    roles: {
      ADMIN: 'Administrator',
      FINANCE_OFFICER: 'Finance-Planning officer',
      PLANNING_OFFICER: 'Labour-Invalids-Social Affairs officer',
      COMMUNE_OFFICER: 'Commune officer',
      LEADERSHIP: 'Leadership',
      ANALYST: 'Analyst',
    },
    signOut: 'Sign out',
  },
  nav: {
    label: 'Main sections',
    sections: {
      plan: 'Plan',
      allocations: 'Allocations',
      households: 'Households',
      targets: 'Targets',
      reports: 'Reports',
    },
  },
  comingSoon: {
    title: 'Coming soon',
    body: 'This section is being built.',
  },
  plan: {
    year: 'Year',
    none: (year) => `There is no plan for ${year} yet.`,
    statusLabel: 'Status',
    status: { DRAFT: 'Draft', ISSUED: 'Issued', CLOSED: 'Closed' },
    area: 'Area',
    place: (level, name) => `${name} ${adminLevel[level]}`,
    purposes: 'Purposes and requirements',
    legalBases: 'Legal bases',
    standard: 'Poverty standard applied',
    document: { number: 'Number', issuedOn: 'Issued on', issuer: 'Issued by', title: 'Title' },
    targets: 'District targets',
    noTargets: 'No targets yet.',
    targetSentence: ({ indicator, comparator: kind, value, baseline }) => {
      const format = indicatorValue[indicator];
      const base = baseline === null ? '' : ` (baseline ${format(baseline)})`;
      return `${indicatorName[indicator]}: ${comparator[kind]} ${format(value)}${base}`;
    },
    targetProgress: ({ indicator, actual, met }) => {
      const verdict = met === null ? '' : met ? ' (met)' : ' (not met)';
      return `Actual: ${indicatorValue[indicator](actual)}${verdict}`;
    },
    deadlines: 'Deadlines',
    deadlineKind: {
      COMMUNE_PLAN: 'Commune plan',
      SEMIANNUAL_REPORT: 'Six-month report',
      ANNUAL_REPORT: 'Annual report',
    },
    units: 'Implementing units',
    unit: { code: 'Code', name: 'Unit', kind: 'Kind', duties: 'Duties' },
    unitKind: {
      DISTRICT_OFFICE: 'District office',
      COMMUNE_COMMITTEE: "Commune People's Committee",
      OTHER: 'Other',
    },
    dutyCount: (count) => `${count} ${count === 1 ? 'duty' : 'duties'}`,
    components: 'Projects and sub-projects',
    componentTitle: {
      PROJECT: (code, name) => `Project ${code}: ${name}`,
      SUBPROJECT: (code, name) => `Sub-project ${code}: ${name}`,
    },
    objective: 'Objective',
    beneficiaries: 'Beneficiaries',
    activities: 'Activities',
    outputs: 'Outputs',
  },
};
