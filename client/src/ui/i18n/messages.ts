import type {
  AdminLevel,
  ApiScope,
  ApiTokenStatus,
  AreaType,
  AuditAction,
  BenefitKind,
  CapitalType,
  Comparator,
  ComponentKind,
  DeadlineKind,
  Deprivation,
  FundingSource,
  ImplementingUnitKind,
  PlanStatus,
  PovertyStatus,
  Relation,
  ReportingState,
  ReviewKind,
  Role,
  SecurityEventKind,
  Sex,
  StatusTransition,
  TargetIndicator,
} from '../../apollo/generated';
import type { AmountError, AmountUnit } from '../amount';
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
    /** The banner while the server cannot reach its database. */
    databaseUnavailable: string;
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
    /** After repeated failures; `minutes` is null when the server did not say how long. */
    accountLocked: (minutes: number | null) => string;
    rateLimited: (minutes: number | null) => string;
    failed: string;
    unreachable: string;
  };
  account: {
    roles: Record<Role, string>;
    signOut: string;
    signingOut: string;
    changePassword: string;
    password: PasswordMessages;
  };
  nav: {
    label: string;
    sections: Record<SectionKey, string>;
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
  allocations: AllocationMessages;
  targets: TargetMessages;
  households: HouseholdMessages;
  admin: AdminMessages;
  dashboard: DashboardMessages;
  reports: ReportMessages;
  exports: ExportMessages;
  chart: ChartMessages;
}

/** How a unit stands against a target; see features/dashboard/model/rates.ts. */
export type StandingKey = 'MET' | 'NOT_MET' | 'AT_RISK' | 'ON_TRACK' | 'UNKNOWN' | 'NO_TARGET';

/** The leadership dashboard (Tổng quan): read-only figures of one plan year. */
export interface DashboardMessages {
  title: string;
  intro: (year: number, district: string) => string;
  none: (year: number) => string;
  standing: Record<StandingKey, string>;
  /** A rate and the year of the review it comes from, e.g. "40,73% (rà soát cuối năm 2021)". */
  reading: (rate: string, year: number) => string;
  noReading: string;
  gap: (points: number) => string;
  districtRate: {
    title: string;
    target: (target: string) => string;
    noTarget: string;
  };
  reduction: {
    title: string;
    actual: (points: string) => string;
    unknown: (year: number) => string;
    target: (target: string) => string;
  };
  money: {
    byProject: string;
    bySource: string;
    lowest: string;
    lowestIntro: string;
    chartLabel: string;
    unitNote: string;
    project: (code: string) => string;
    columns: {
      project: string;
      source: string;
      unit: string;
      assigned: string;
      allocated: string;
      disbursed: string;
      allocatedShare: string;
      disbursedShare: string;
      allocatedToUnit: string;
    };
    total: string;
    empty: string;
    kpiTitle: string;
    kpiDisbursed: (share: string) => string;
    kpiAmounts: (disbursed: string, assigned: string) => string;
  };
  rates: {
    title: string;
    intro: (year: number) => string;
    chartLabel: string;
    districtRow: string;
    columns: { unit: string; rate: string; target: string; standing: string };
    seriesRate: string;
    seriesTarget: (year: number) => string;
    noTarget: string;
  };
  reports: {
    title: string;
    kpiTitle: string;
    kpiLate: (late: number, overdue: number) => string;
    kpiNone: string;
    summary: (counts: { onTime: number; late: number; overdue: number; notYetDue: number }) => string;
    due: (date: string) => string;
    unit: string;
    notObliged: string;
    asOf: (date: string) => string;
    empty: string;
    open: string;
  };
}

/** The figures a semi-annual or annual report counts (ReportFigures). */
export type FigureName =
  | 'households'
  | 'poorHouseholds'
  | 'nearPoorHouseholds'
  | 'escapedPoverty'
  | 'newlyPoor'
  | 'disbursed'
  | 'beneficiaries';

/** Báo cáo: the reports and commune plans units send the Labour office, and who is late. */
export interface ReportMessages {
  intro: string;
  none: (year: number) => string;
  state: Record<ReportingState, string>;
  /** A state with its days: "Nộp muộn 5 ngày", "Quá hạn 12 ngày". */
  stateWithDays: (state: ReportingState, days: number) => string;
  days: (count: number) => string;
  attention: {
    title: string;
    intro: string;
    empty: string;
    columns: { unit: string; kind: string; dueOn: string; state: string; daysLate: string; submittedOn: string };
  };
  list: {
    title: string;
    empty: string;
    total: (count: number) => string;
    loadMore: string;
    columns: {
      unit: string;
      kind: string;
      dueOn: string;
      submittedOn: string;
      daysLate: string;
      figures: string;
      attachment: string;
    };
    onTime: string;
    version: (version: number) => string;
    recorded: (at: string, by: string | null) => string;
    download: (fileName: string) => string;
    downloadFailed: string;
    size: (kilobytes: string) => string;
  };
  figures: Record<FigureName, string>;
  readOnly: string;
  form: {
    title: string;
    intro: string;
    kind: string;
    unit: string;
    chooseUnit: string;
    noUnits: string;
    submittedOn: string;
    dateHint: string;
    figures: string;
    figuresHint: string;
    notForCommunePlan: string;
    attachment: string;
    attachmentHint: string;
    note: string;
    submit: string;
    resubmit: string;
    submitting: string;
    existing: (version: number, submittedOn: string) => string;
    replaceWarning: string;
    done: (unit: string) => string;
    invalidDate: string;
    invalidCount: string;
    amountError: Record<AmountError, string>;
    fileTooLarge: string;
    fileUnreadable: string;
    conflict: (version: number) => string;
    failed: string;
    errorCode: Record<string, string>;
  };
}

/** The two spreadsheets the server writes, and their printable pages. */
export interface ExportMessages {
  title: string;
  allocationDecision: string;
  resultsReport: string;
  period: string;
  periods: Record<'SEMIANNUAL' | 'ANNUAL', string>;
  downloading: string;
  failed: string;
  print: string;
  printAllocation: string;
  printResults: string;
  printNow: string;
  back: string;
}

/**
 * What AG Charts says to screen readers, by its locale keys, in the console's language; a key not
 * here keeps AG Charts' own English.
 */
export interface ChartMessages {
  text: Partial<Record<string, (variables: Record<string, unknown>) => string>>;
}

/** The viewer's own password change (from the account menu). */
export interface PasswordMessages {
  title: string;
  intro: string;
  current: string;
  new: string;
  newHint: string;
  confirm: string;
  mismatch: string;
  submit: string;
  submitting: string;
  cancel: string;
  close: string;
  done: string;
  failed: string;
  errorCode: Record<string, string>;
}

/** Administration (Quản trị): accounts, API tokens and the security log; for admins only. */
export interface AdminMessages {
  tabs: { users: string; apiTokens: string; securityLog: string };
  forbidden: { title: string; body: string };
  /** Every access userError code, as the forms say it; the server's message is the fallback. */
  errorCode: Record<string, string>;
  failed: string;
  required: string;
  cancel: string;
  never: string;
  users: {
    title: string;
    intro: string;
    tableLabel: string;
    empty: string;
    columns: {
      username: string;
      displayName: string;
      roles: string;
      communes: string;
      active: string;
      lastSignIn: string;
      lockedUntil: string;
      actions: string;
    };
    active: string;
    inactive: string;
    notLocked: string;
    edit: string;
    disable: string;
    enable: string;
    unlock: string;
    resetPassword: string;
    form: {
      username: string;
      usernameHint: string;
      displayName: string;
      password: string;
      passwordHint: string;
      roles: string;
      communes: string;
      communesHint: string;
    };
    create: { title: string; submit: string; submitting: string; done: (username: string) => string };
    editDialog: {
      title: (username: string) => string;
      submit: string;
      submitting: string;
      done: (username: string) => string;
    };
    disableDialog: { title: (username: string) => string; body: string; confirm: string };
    enabled: (username: string) => string;
    disabled: (username: string) => string;
    unlocked: (username: string) => string;
    reset: {
      title: (username: string) => string;
      intro: string;
      newPassword: string;
      submit: string;
      submitting: string;
      done: (username: string) => string;
    };
  };
  apiTokens: {
    title: string;
    intro: string;
    tableLabel: string;
    empty: string;
    columns: {
      name: string;
      prefix: string;
      user: string;
      scopes: string;
      created: string;
      expires: string;
      lastUsed: string;
      status: string;
      actions: string;
    };
    scope: Record<ApiScope, string>;
    status: Record<ApiTokenStatus, string>;
    createdBy: (name: string) => string;
    revokedBy: (date: string, name: string | null) => string;
    revoke: string;
    revokeDialog: { title: (name: string) => string; body: string; confirm: string };
    revoked: (name: string) => string;
    create: {
      title: string;
      name: string;
      nameHint: string;
      user: string;
      chooseUser: string;
      userHint: string;
      scopes: string;
      expires: string;
      expiresHint: (last: string) => string;
      submit: string;
      submitting: string;
      expiryError: Record<'INVALID' | 'PAST' | 'TOO_FAR', string>;
    };
    secret: {
      title: (name: string) => string;
      warning: string;
      label: string;
      copy: string;
      copied: string;
      copyFailed: string;
      done: string;
    };
  };
  securityLog: {
    title: string;
    intro: string;
    tableLabel: string;
    filters: {
      label: string;
      kind: string;
      user: string;
      from: string;
      to: string;
      dateHint: string;
      all: string;
      apply: string;
      clear: string;
      invalidDate: string;
      order: string;
    };
    columns: { at: string; kind: string; account: string; actor: string; apiToken: string; ip: string; detail: string };
    kind: Record<SecurityEventKind, string>;
    empty: string;
    shown: (count: number) => string;
    loadMore: string;
    loadingMore: string;
  };
}

/** The targets table (Chỉ tiêu): communes x indicators, edited by the Labour office. */
export interface TargetMessages {
  none: (year: number) => string;
  readOnly: string;
  district: string;
  communes: string;
  columns: {
    unit: string;
    indicator: string;
    comparator: string;
    baseline: string;
    target: string;
    actual: string;
    met: string;
    actions: string;
  };
  indicator: Record<TargetIndicator, string>;
  comparator: Record<Comparator, string>;
  value: (indicator: TargetIndicator, value: number) => string;
  notSet: string;
  unknown: string;
  met: { yes: string; no: string; unknown: string };
  edit: string;
  set: string;
  save: string;
  saving: string;
  cancel: string;
  saved: (unit: string) => string;
  percentError: Record<'EMPTY' | 'MALFORMED' | 'RANGE' | 'DECIMALS', string>;
  conflict: (value: string, version: number) => string;
  errorCode: Record<string, string>;
  failed: string;
}

/** The household registry (Hộ gia đình): the grid, a household, the import and the calculator. */
export interface HouseholdMessages {
  tabs: { list: string; import: string; classify: string };
  year: string;
  commune: string;
  village: string;
  status: string;
  ethnicMinority: string;
  all: string;
  yes: string;
  no: string;
  total: (count: number) => string;
  rates: (year: number) => string;
  ratesColumns: { unit: string; households: string; poor: string; nearPoor: string; rate: string };
  ratesTotal: string;
  noRates: string;
  gridLabel: string;
  columns: {
    code: string;
    village: string;
    commune: string;
    status: string;
    ethnicMinority: string;
    members: string;
    headName: string;
  };
  namesHidden: string;
  synthetic: string;
  syntheticNotice: string;
  statusName: Record<PovertyStatus, string>;
  noStatus: string;
  detail: {
    back: string;
    title: (code: string) => string;
    notFound: string;
    area: string;
    areaType: Record<AreaType, string>;
    independentSince: string;
    otherHousingSupport: string;
    newlyEscapedUntil: string;
    notNewlyEscaped: string;
    members: string;
    membersHidden: string;
    member: { name: string; relation: string; sex: string; birthYear: string; ethnicity: string; disability: string };
    relation: Record<Relation, string>;
    sex: Record<Sex, string>;
    timeline: string;
    noAssessments: string;
    reviewKind: Record<ReviewKind, string>;
    transition: Record<StatusTransition, string>;
    review: (year: number, month: number) => string;
    income: (amount: string) => string;
    deprivations: (count: number) => string;
    decision: (number: string, date: string | null) => string;
    standard: (document: string) => string;
    benefits: string;
    noBenefits: string;
    benefitKind: Record<BenefitKind, string>;
    component: (code: string, name: string) => string;
    override: (reason: string) => string;
  };
  importing: {
    title: string;
    intro: string;
    forbidden: string;
    file: string;
    wrongType: string;
    tooLarge: string;
    preview: string;
    previewing: string;
    commit: string;
    committing: string;
    summary: {
      rows: string;
      households: string;
      newHouseholds: string;
      existingHouseholds: string;
      members: string;
      assessments: string;
    };
    problems: (count: number) => string;
    noProblems: string;
    row: string;
    column: string;
    reason: string;
    wholeFile: string;
    rowCode: Record<string, string>;
    committed: (households: number, members: number) => string;
    notCommitted: string;
    failed: string;
  };
  classify: {
    title: string;
    intro: string;
    area: string;
    income: string;
    incomeHint: string;
    incomePreview: (amount: string) => string;
    amountError: Record<AmountError, string>;
    deprivations: string;
    deprivation: Record<Deprivation, string>;
    on: string;
    onHint: string;
    invalidDate: string;
    submit: string;
    result: string;
    deprivationCount: (count: number) => string;
    standard: string;
    failed: string;
    noStandard: (date: string) => string;
    period: (
      document: string,
      from: string,
      to: string | null,
      ruralLine: string,
      urbanLine: string,
      deprivations: number,
    ) => string;
  };
}

export interface PasteReport {
  pasted: number;
  invalid: number;
  readOnly: number;
  outside: number;
}

/** The allocation grid (Phân bổ): every label, state and message of the finance office's screen. */
export interface AllocationMessages {
  title: string;
  none: (year: number) => string;
  gridLabel: string;
  readOnly: string;
  draft: string;
  approved: (decision: string, date: string) => string;
  adjusting: string;
  empty: string;
  emptyForWriters: string;
  keyboardHelp: string;
  columns: {
    component: string;
    capitalType: string;
    source: string;
    assigned: string;
    units: string;
    allocated: string;
    remaining: string;
    disbursed: string;
  };
  projectSubtotal: (code: string, name: string) => string;
  total: string;
  capitalType: Record<CapitalType, string>;
  capitalTypeShort: Record<CapitalType, string>;
  source: Record<FundingSource, string>;
  sourceShort: Record<FundingSource, string>;
  unitLabel: string;
  unit: Record<AmountUnit, string>;
  exceeds: (amount: string) => string;
  cellState: { changed: string; invalid: string; conflict: string; error: string };
  amountError: Record<AmountError, string>;
  toolbar: {
    label: string;
    save: string;
    saveAdjustment: string;
    saving: string;
    pending: (count: number) => string;
    undo: string;
    redo: string;
    discard: string;
    exportXlsx: string;
    exportCsv: string;
    importXlsx: string;
    approve: string;
    adjust: string;
    stopAdjust: string;
  };
  pasteReport: (report: PasteReport) => string;
  fillReport: (filled: number, readOnly: number) => string;
  copied: (cells: number) => string;
  cleared: (cells: number) => string;
  nothingToPaste: string;
  undone: (cells: number) => string;
  redone: (cells: number) => string;
  saveBlockedInvalid: (count: number) => string;
  saveBlockedConflicts: (count: number) => string;
  nothingToSave: string;
  saved: (count: number) => string;
  saveRefused: string;
  saveFailed: string;
  discardConfirm: (count: number) => string;
  errorCode: Record<string, string>;
  conflicts: {
    title: string;
    intro: string;
    cell: string;
    yours: string;
    theirs: string;
    by: (name: string) => string;
    keepMine: string;
    takeTheirs: string;
  };
  issues: { title: string };
  live: {
    updated: (cells: number, who: string | null) => string;
    conflicted: (cells: number) => string;
    disconnected: string;
  };
  history: {
    title: string;
    chooseCell: string;
    cell: (row: string, unit: string) => string;
    noAllocation: string;
    empty: string;
    unsaved: (from: string, to: string) => string;
    action: Record<AuditAction, string>;
    change: (from: string | null, to: string | null) => string;
    decision: (decision: string, date: string | null) => string;
    reason: (reason: string) => string;
    by: (name: string) => string;
    system: string;
    assignmentsTitle: string;
    assignment: (amount: string, decision: string, date: string, issuer: string) => string;
  };
  assign: {
    title: string;
    intro: string;
    component: string;
    capitalType: string;
    source: string;
    amount: string;
    amountHint: string;
    amountPreview: (amount: string) => string;
    reduction: string;
    decisionNumber: string;
    decisionDate: string;
    dateHint: string;
    issuer: string;
    defaultIssuer: string;
    submit: string;
    submitting: string;
    done: (amount: string, row: string) => string;
    invalidDate: string;
    required: string;
  };
  approve: {
    title: string;
    intro: string;
    decisionNumber: string;
    decisionDate: string;
    submit: string;
    cancel: string;
    blockedByDrafts: string;
    done: string;
  };
  adjust: {
    title: string;
    intro: (count: number) => string;
    decisionNumber: string;
    decisionDate: string;
    reason: string;
    submit: string;
    cancel: string;
  };
  importXlsx: {
    title: string;
    reading: string;
    intro: (file: string, count: number) => string;
    noChanges: string;
    row: string;
    unit: string;
    current: string;
    next: string;
    problems: string;
    unknownRow: (row: number, label: string) => string;
    unknownUnit: (column: string) => string;
    invalidAmount: (row: number, column: string, text: string) => string;
    readOnly: (count: number) => string;
    noHeader: string;
    readFailed: string;
    apply: string;
    cancel: string;
    applied: (count: number) => string;
  };
  exportTitle: (year: number) => string;
  exportFailed: string;
}
