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
  allocations: {
    title: 'Budget allocation',
    none: (year) => `There is no plan for ${year} yet.`,
    gridLabel: 'Budget allocation by implementing unit',
    readOnly: 'You are viewing read-only. Only the Finance-Planning office enters and changes allocations.',
    draft: 'Draft: not approved',
    approved: (decision, date) => `Approved by Decision No. ${decision} of ${date}. The figures are locked.`,
    adjusting: 'Adjusting: changes are saved with the adjusting decision number, date and reason.',
    empty: 'No province assignment has been recorded for this plan yet.',
    emptyForWriters: 'Start by recording the province assignment under “Province assignments” below.',
    keyboardHelp:
      'Type a number to enter it (e.g. 1.500.000.000, 1,5 tỷ, 250 triệu); F2 or double-click to change the one there. Enter, Tab, arrow keys: move. Shift + arrows: select a block. Ctrl+C, Ctrl+V: copy, paste from Excel. Ctrl+D: fill down. Ctrl+Z, Ctrl+Y: undo, redo. Delete: clear.',
    columns: {
      component: 'Project, sub-project',
      capitalType: 'Capital type',
      source: 'Source',
      assigned: 'Assigned',
      units: 'Implementing units',
      allocated: 'Allocated',
      remaining: 'Remaining',
      disbursed: 'Disbursed',
    },
    projectSubtotal: (code, name) => `Project ${code}: ${name}`,
    total: 'Total',
    capitalType: { INVESTMENT: 'Development investment', RECURRENT: 'Recurrent' },
    capitalTypeShort: { INVESTMENT: 'Investment', RECURRENT: 'Recurrent' },
    source: {
      CENTRAL_BUDGET: 'Central budget',
      PROVINCIAL_BUDGET: 'Provincial budget',
      DISTRICT_BUDGET: 'District budget',
      POLICY_CREDIT: 'Policy credit',
      OTHER: 'Other sources',
    },
    sourceShort: {
      CENTRAL_BUDGET: 'Central',
      PROVINCIAL_BUDGET: 'Provincial',
      DISTRICT_BUDGET: 'District',
      POLICY_CREDIT: 'Policy credit',
      OTHER: 'Other',
    },
    unitLabel: 'Unit',
    unit: { DONG: 'đồng', MILLION: 'million đồng' },
    exceeds: (amount) => `Over by ${amount}`,
    cellState: {
      changed: 'Changed, not saved',
      invalid: 'Not a valid amount; it will not be saved',
      conflict: 'Conflict: someone else just changed this cell',
      error: 'The server refused this change',
    },
    amountError: {
      EMPTY: 'No amount entered.',
      NEGATIVE: 'An amount cannot be negative.',
      MALFORMED: 'Not an amount. Valid examples: 1.500.000.000, 1500000000, 1,5 tỷ, 250 triệu.',
      FRACTION_OF_DONG: 'An amount is whole đồng.',
      TOO_LARGE: 'The amount is too large (at most 1.000.000.000.000.000 đồng).',
    },
    toolbar: {
      label: 'Allocation grid actions',
      save: 'Save',
      saveAdjustment: 'Save adjustment',
      saving: 'Saving…',
      pending: (count) => (count === 0 ? 'No unsaved changes' : `${count} unsaved ${count === 1 ? 'cell' : 'cells'}`),
      undo: 'Undo',
      redo: 'Redo',
      discard: 'Discard changes',
      exportXlsx: 'Export Excel (.xlsx)',
      exportCsv: 'Export CSV',
      importXlsx: 'Import from Excel',
      approve: 'Approve',
      adjust: 'Adjust',
      stopAdjust: 'Stop adjusting',
    },
    pasteReport: ({ pasted, invalid, readOnly, outside }) => {
      const parts = [`Pasted ${pasted} ${pasted === 1 ? 'cell' : 'cells'}`];
      if (invalid > 0) parts.push(`${invalid} not valid amounts (marked)`);
      if (readOnly > 0) parts.push(`skipped ${readOnly} that cannot be edited (subtotals, totals, labels)`);
      if (outside > 0) parts.push(`skipped ${outside} outside the grid`);
      return `${parts.join('; ')}.`;
    },
    fillReport: (filled, readOnly) =>
      readOnly > 0
        ? `Filled down ${filled} cells; skipped ${readOnly} that cannot be edited.`
        : `Filled down ${filled} cells.`,
    copied: (cells) => `Copied ${cells} ${cells === 1 ? 'cell' : 'cells'}.`,
    cleared: (cells) => `Cleared ${cells} ${cells === 1 ? 'cell' : 'cells'}.`,
    nothingToPaste: 'The clipboard holds nothing to paste.',
    undone: (cells) => `Undid the change to ${cells} ${cells === 1 ? 'cell' : 'cells'}.`,
    redone: (cells) => `Redid the change to ${cells} ${cells === 1 ? 'cell' : 'cells'}.`,
    saveBlockedInvalid: (count) =>
      `${count} ${count === 1 ? 'cell is' : 'cells are'} not a valid amount. Fix or undo before saving.`,
    saveBlockedConflicts: (count) =>
      `${count} ${count === 1 ? 'cell is' : 'cells are'} in conflict. Keep yours or take theirs before saving.`,
    nothingToSave: 'There is nothing to save.',
    saved: (count) => `Saved ${count} ${count === 1 ? 'cell' : 'cells'}.`,
    saveRefused: 'Nothing was saved: the server refused this save. See the marked cells for why.',
    saveFailed: 'Could not save (connection lost or server error). Your changes are kept; try again.',
    discardConfirm: (count) => `Discard ${count} unsaved changes? Ctrl+Z brings them back.`,
    errorCode: {
      EXCEEDS_ENVELOPE: 'The allocations would pass what the province assigned.',
      PLAN_LOCKED: 'The allocations are approved; change them with Adjust.',
      PLAN_NOT_APPROVED: 'The allocations are not approved yet, so there is nothing to adjust.',
      AMOUNT_NEGATIVE: 'An amount cannot be negative.',
      AMOUNT_TOO_LARGE: 'The amount is too large.',
      BELOW_DISBURSED: 'Cannot go below what was already disbursed.',
      DUPLICATE_CELL: 'This cell was sent twice.',
      ENVELOPE_NOT_ASSIGNED: 'This assignment is no longer in the plan.',
      UNIT_NOT_IN_PLAN: 'The unit does not take part in this plan.',
      VERSION_MISMATCH: 'This cell changed on the server; reload to see the new figure.',
      DECISION_REQUIRED: 'Enter the decision number.',
      REASON_REQUIRED: 'Give the reason for the adjustment.',
      DECISION_DATE_MISMATCH: 'This decision number is already recorded with another date.',
      ALREADY_APPROVED: 'The allocations were already approved.',
      NO_ALLOCATIONS: 'There is nothing allocated to approve.',
      AMOUNT_ZERO: 'An assignment must change the envelope.',
      ENVELOPE_BELOW_ALLOCATED: 'The assignment cannot fall below what is already allocated.',
      COMPONENT_NOT_IN_PLAN: 'The project is not part of this plan.',
      PLAN_NOT_FOUND: 'No such plan.',
      TOO_MANY_CHANGES: 'Too many cells in one save.',
    },
    conflicts: {
      title: 'Conflicts to resolve',
      intro:
        'Someone else saved new figures for these cells while you were changing them. For each, keep yours or take theirs.',
      cell: 'Cell',
      yours: 'Yours',
      theirs: 'On the server now',
      by: (name) => `saved by ${name}`,
      keepMine: 'Keep mine',
      takeTheirs: 'Take theirs',
    },
    issues: { title: 'Why the server refused' },
    live: {
      updated: (cells, who) =>
        who ? `${who} just updated ${cells} ${cells === 1 ? 'cell' : 'cells'}.` : `${cells} cells were just updated.`,
      conflicted: (cells) =>
        `${cells} ${cells === 1 ? 'cell' : 'cells'} you are changing just changed elsewhere: see Conflicts.`,
      disconnected: 'Live updates are disconnected. Reconnecting; the grid reloads once connected.',
    },
    history: {
      title: 'Cell history',
      chooseCell: 'Select an amount cell to see who changed it, when, from what to what, and under which decision.',
      cell: (row, unit) => `${row} — ${unit}`,
      noAllocation: 'Nothing has been saved in this cell yet.',
      empty: 'No changes yet.',
      unsaved: (from, to) => `Not saved: ${from} → ${to}`,
      action: {
        ALLOCATE: 'Allocated',
        ADJUST: 'Adjusted',
        APPROVE: 'Approved',
        ASSIGN: 'Assigned',
        DISBURSE: 'Disbursed',
      },
      change: (from, to) => `${from ?? '(empty)'} → ${to ?? '(empty)'}`,
      decision: (decision, date) => (date ? `Decision No. ${decision} of ${date}` : `Decision No. ${decision}`),
      reason: (reason) => `Reason: ${reason}`,
      by: (name) => `by ${name}`,
      system: 'the system',
      assignmentsTitle: 'Assignment decisions',
      assignment: (amount, decision, date, issuer) => `${amount} — Decision No. ${decision} of ${date}, ${issuer}`,
    },
    assign: {
      title: 'Province assignments',
      intro:
        'Record what the province assigns, decision by decision. Each project (sub-project), capital type and source is one row of the grid; another decision for the same row adds to it.',
      component: 'Project, sub-project',
      capitalType: 'Capital type',
      source: 'Source',
      amount: 'Amount',
      amountHint: 'For example 1.500.000.000, 1,5 tỷ or 250 triệu',
      amountPreview: (amount) => `= ${amount}`,
      reduction: 'This decision reduces the assignment (enter the reduction)',
      decisionNumber: 'Decision number',
      decisionDate: 'Decision date',
      dateHint: 'dd/mm/yyyy',
      issuer: 'Issued by',
      defaultIssuer: 'UBND tỉnh Kon Tum',
      submit: 'Record assignment',
      submitting: 'Recording…',
      done: (amount, row) => `Recorded ${amount} for ${row}.`,
      invalidDate: 'Not a date; write it as dd/mm/yyyy, e.g. 20/04/2022.',
      required: 'Required.',
    },
    approve: {
      title: 'Approve the allocations',
      intro: 'Once approved, the allocations are locked; any later change needs an adjusting decision.',
      decisionNumber: 'Approving decision number',
      decisionDate: 'Decision date',
      submit: 'Approve',
      cancel: 'Cancel',
      blockedByDrafts: 'Save or discard the unsaved changes before approving.',
      done: 'Approved. The grid is locked.',
    },
    adjust: {
      title: 'Save adjustment',
      intro: (count) =>
        `Save the adjustment of ${count} ${count === 1 ? 'cell' : 'cells'}. Give the adjusting decision and the reason; they appear in each cell's history.`,
      decisionNumber: 'Adjusting decision number',
      decisionDate: 'Decision date',
      reason: 'Reason for the adjustment',
      submit: 'Save adjustment',
      cancel: 'Cancel',
    },
    importXlsx: {
      title: 'Import allocations from Excel',
      reading: 'Reading the file…',
      intro: (file, count) =>
        `${file}: ${count} ${count === 1 ? 'cell differs' : 'cells differ'} from the grid. Check them, then Apply; then Save.`,
      noChanges: 'The file holds no figure that differs from the grid.',
      row: 'Row',
      unit: 'Unit',
      current: 'Now',
      next: 'In the file',
      problems: 'Could not import',
      unknownRow: (row, label) => `Row ${row} (“${label}”) matches no row of the grid.`,
      unknownUnit: (column) => `Column “${column}” is not an implementing unit of the plan.`,
      invalidAmount: (row, column, text) => `Row ${row}, column ${column}: “${text}” is not a valid amount.`,
      readOnly: (count) => `${count} cells that cannot be edited (subtotals, totals) were skipped.`,
      noHeader: 'The file has no allocation grid header row. Use a file exported from this screen.',
      readFailed: 'This Excel file could not be read.',
      apply: 'Apply',
      cancel: 'Cancel',
      applied: (count) => `Put ${count} cells from the file into the grid (not saved). Press Save to save them.`,
    },
    exportTitle: (year) => `Budget allocation ${year}`,
    exportFailed: 'The file could not be exported.',
  },
};
