import type {
  AdminLevel,
  Comparator,
  ComponentKind,
  DeadlineKind,
  ImplementingUnitKind,
  PlanStatus,
  Role,
  TargetIndicator,
} from '../../apollo/generated';
import type { SectionKey } from '../layout/sections';

export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

export interface TargetSentenceInput {
  indicator: TargetIndicator;
  comparator: Comparator;
  value: number;
  baseline: number | null;
}

export interface TargetProgressInput {
  indicator: TargetIndicator;
  actual: number;
  met: boolean | null;
}

/** Every string the console shows. Enum-keyed records make a new enum value a type error here. */
export interface Messages {
  app: {
    name: string;
    programme: string;
    skipToContent: string;
    loading: string;
    loadFailed: string;
    retry: string;
    notFound: string;
    goHome: string;
  };
  language: {
    label: string;
    names: Record<Locale, string>;
    short: Record<Locale, string>;
  };
  signIn: {
    title: string;
    username: string;
    password: string;
    submit: string;
    submitting: string;
    invalidCredentials: string;
    failed: string;
    unreachable: string;
  };
  account: {
    roles: Record<Role, string>;
    signOut: string;
  };
  nav: {
    label: string;
    sections: Record<SectionKey, string>;
  };
  comingSoon: {
    title: string;
    body: string;
  };
  plan: {
    year: string;
    none: (year: number) => string;
    statusLabel: string;
    status: Record<PlanStatus, string>;
    area: string;
    /** A place as named in running text, e.g. "huyện Ia H'Drai". */
    place: (level: AdminLevel, name: string) => string;
    purposes: string;
    legalBases: string;
    standard: string;
    document: { number: string; issuedOn: string; issuer: string; title: string };
    targets: string;
    noTargets: string;
    targetSentence: (target: TargetSentenceInput) => string;
    targetProgress: (progress: TargetProgressInput) => string;
    deadlines: string;
    deadlineKind: Record<DeadlineKind, string>;
    units: string;
    unit: { code: string; name: string; kind: string; duties: string };
    unitKind: Record<ImplementingUnitKind, string>;
    dutyCount: (count: number) => string;
    components: string;
    componentTitle: Record<ComponentKind, (code: string, name: string) => string>;
    objective: string;
    beneficiaries: string;
    activities: string;
    outputs: string;
  };
}
