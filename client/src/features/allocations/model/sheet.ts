import { type AmountError, type AmountUnit, parseAmount } from '../../../ui/amount';

// The allocation grid's state, outside React and outside AG Grid: the cells as the server last
// said they are, the officer's unsaved drafts over them, and the undo history of those drafts.
// Every number is a bigint of đồng.

/** One cell: an envelope given to one unit. */
export type CellKey = string;

export const cellKey = (envelopeId: string, unitId: string): CellKey => `${envelopeId}|${unitId}`;

export function splitCellKey(key: CellKey): { envelopeId: string; unitId: string } {
  const bar = key.indexOf('|');
  return { envelopeId: key.slice(0, bar), unitId: key.slice(bar + 1) };
}

/** A cell as the server holds it. */
export interface ServerCell {
  allocationId: string;
  amount: bigint;
  version: number;
  disbursed: bigint;
  /** Who saved it last (display name). */
  updatedBy: string | null;
}

/**
 * An unsaved edit. `baseVersion` is the version the officer saw when they began changing the
 * cell (null: there was no allocation); when the server's version moves past it, the cell is in
 * conflict until the officer keeps theirs or takes the server's.
 */
export type Draft =
  | { kind: 'value'; value: bigint; baseVersion: number | null }
  | { kind: 'invalid'; text: string; error: AmountError; baseVersion: number | null };

/** A new content for a cell: an exact amount, or text as typed (empty text clears the cell). */
export type CellInput = { key: CellKey; value: bigint } | { key: CellKey; text: string };

export type CellState = 'clean' | 'changed' | 'invalid' | 'conflict' | 'error';

/** What the server said about a change it refused (userErrors), shown on the cell. */
export interface CellIssue {
  code: string;
  message: string;
}

export interface CellView {
  state: CellState;
  /** The amount shown: the draft's, else the server's; null for an empty cell or invalid text. */
  value: bigint | null;
  /** The text of an invalid draft, as typed. */
  invalidText: string | null;
  invalidError: AmountError | null;
  server: ServerCell | undefined;
  draft: Draft | undefined;
  issue: CellIssue | undefined;
}

export interface PendingChange {
  key: CellKey;
  envelopeId: string;
  unitId: string;
  amount: bigint;
  expectedVersion: number | null;
}

export interface SheetCounts {
  changed: number;
  invalid: number;
  conflicts: number;
  issues: number;
}

export interface Totals {
  assigned: bigint;
  allocated: bigint;
  remaining: bigint;
  disbursed: bigint;
}

export interface SheetChange {
  /** The cells whose content or state changed, or every cell. */
  keys: readonly CellKey[] | 'all';
  /** Only the live preview of the cell being typed in moved: its own content is unchanged. */
  preview?: boolean;
}

export interface SheetSnapshot {
  envelopes: readonly { id: string; amount: bigint }[];
  unitIds: readonly string[];
  cells: readonly { envelopeId: string; unitId: string; cell: ServerCell }[];
}

interface StepEntry {
  key: CellKey;
  before: Draft | undefined;
  after: Draft | undefined;
}

export interface EditOutcome {
  /** Cells whose content changed. */
  changed: CellKey[];
  /** Of those, cells holding text that is not an amount (kept, marked, never sent). */
  invalid: CellKey[];
}

const UNDO_LIMIT = 200;

export class AllocationSheet {
  private server = new Map<CellKey, ServerCell>();
  private assigned = new Map<string, bigint>();
  private unitIds: readonly string[] = [];
  private drafts = new Map<CellKey, Draft>();
  private issues = new Map<CellKey, CellIssue>();
  private undoStack: StepEntry[][] = [];
  private redoStack: StepEntry[][] = [];
  private preview: { key: CellKey; value: bigint | null } | null = null;
  private listeners = new Set<(change: SheetChange) => void>();
  private revisionNumber = 0;

  /** Increases on every change: a cheap snapshot for React's useSyncExternalStore. */
  get revision(): number {
    return this.revisionNumber;
  }

  subscribe(listener: (change: SheetChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ------------------------------------------------------------------ server state

  /**
   * Takes the server's whole grid (first load, or a refetch after a reconnect). Drafts stay: a
   * draft whose cell moved on meanwhile becomes a conflict, one that now equals the server goes.
   */
  load(snapshot: SheetSnapshot): void {
    this.assigned = new Map(snapshot.envelopes.map((envelope) => [envelope.id, envelope.amount]));
    this.unitIds = [...snapshot.unitIds];
    const units = new Set(this.unitIds);
    this.server = new Map(snapshot.cells.map(({ envelopeId, unitId, cell }) => [cellKey(envelopeId, unitId), cell]));
    for (const key of [...this.drafts.keys()]) {
      const { envelopeId, unitId } = splitCellKey(key);
      if (!this.assigned.has(envelopeId) || !units.has(unitId)) this.drafts.delete(key);
      else this.settle(key);
    }
    this.emit({ keys: 'all' });
  }

  /** Cells someone saved (a live event, or a conflict's current value). */
  applyServerCells(cells: readonly { envelopeId: string; unitId: string; cell: ServerCell }[]): CellKey[] {
    const keys: CellKey[] = [];
    for (const { envelopeId, unitId, cell } of cells) {
      if (!this.assigned.has(envelopeId)) continue;
      const key = cellKey(envelopeId, unitId);
      const known = this.server.get(key);
      // Events can arrive after a save's answer, or out of order: never step a cell back, and
      // the echo of what is already known changes nothing.
      if (known && known.version >= cell.version) continue;
      this.server.set(key, cell);
      this.settle(key);
      keys.push(key);
    }
    if (keys.length > 0) this.emit({ keys });
    return keys;
  }

  // ------------------------------------------------------------------ reading

  view(key: CellKey): CellView {
    const server = this.server.get(key);
    const draft = this.drafts.get(key);
    const issue = this.issues.get(key);
    let state: CellState = 'clean';
    if (draft) {
      if (this.isConflict(key, draft)) state = 'conflict';
      else if (draft.kind === 'invalid') state = 'invalid';
      else if (issue) state = 'error';
      else state = 'changed';
    } else if (issue) {
      state = 'error';
    }
    return {
      state,
      value: draft ? (draft.kind === 'value' ? draft.value : null) : (server?.amount ?? null),
      invalidText: draft?.kind === 'invalid' ? draft.text : null,
      invalidError: draft?.kind === 'invalid' ? draft.error : null,
      server,
      draft,
      issue,
    };
  }

  /** The amount a cell adds to its totals: the preview while typing, a valid draft, else the server's. */
  private effective(key: CellKey): bigint {
    if (this.preview?.key === key && this.preview.value !== null) return this.preview.value;
    const draft = this.drafts.get(key);
    if (draft?.kind === 'value') return draft.value;
    return this.server.get(key)?.amount ?? 0n;
  }

  /** The sum of one unit's cells over some envelopes (a subtotal or total cell). */
  unitSum(envelopeIds: readonly string[], unitId: string): bigint {
    let sum = 0n;
    for (const envelopeId of envelopeIds) sum += this.effective(cellKey(envelopeId, unitId));
    return sum;
  }

  /** Assigned, allocated (with drafts), remaining and disbursed over some envelopes. */
  totals(envelopeIds: readonly string[]): Totals {
    let assigned = 0n;
    let allocated = 0n;
    let disbursed = 0n;
    for (const envelopeId of envelopeIds) {
      assigned += this.assigned.get(envelopeId) ?? 0n;
      for (const unitId of this.unitIds) {
        const key = cellKey(envelopeId, unitId);
        allocated += this.effective(key);
        disbursed += this.server.get(key)?.disbursed ?? 0n;
      }
    }
    return { assigned, allocated, remaining: assigned - allocated, disbursed };
  }

  /** The envelopes whose allocations (with drafts) pass what was assigned. */
  exceededEnvelopes(): string[] {
    return [...this.assigned.keys()].filter((envelopeId) => this.totals([envelopeId]).remaining < 0n);
  }

  counts(): SheetCounts {
    let changed = 0;
    let invalid = 0;
    let conflicts = 0;
    for (const [key, draft] of this.drafts) {
      changed++;
      if (draft.kind === 'invalid') invalid++;
      if (this.isConflict(key, draft)) conflicts++;
    }
    return { changed, invalid, conflicts, issues: this.issues.size };
  }

  hasDrafts(): boolean {
    return this.drafts.size > 0;
  }

  conflictKeys(): CellKey[] {
    return [...this.drafts].filter(([key, draft]) => this.isConflict(key, draft)).map(([key]) => key);
  }

  issueEntries(): [CellKey, CellIssue][] {
    return [...this.issues];
  }

  /** Every valid draft, as the save sends it: the amount and the version the officer saw. */
  pendingChanges(): PendingChange[] {
    const changes: PendingChange[] = [];
    for (const [key, draft] of this.drafts) {
      if (draft.kind !== 'value') continue;
      const { envelopeId, unitId } = splitCellKey(key);
      changes.push({ key, envelopeId, unitId, amount: draft.value, expectedVersion: draft.baseVersion });
    }
    return changes;
  }

  // ------------------------------------------------------------------ editing

  /** Puts new contents into cells as ONE undo step (a typed cell, a paste, a fill, an import). */
  edit(inputs: readonly CellInput[], unit: AmountUnit = 'DONG'): EditOutcome {
    const step: StepEntry[] = [];
    const invalid: CellKey[] = [];
    const seen = new Set<CellKey>();
    for (const input of inputs) {
      const { key } = input;
      if (!this.isKnownCell(key) || seen.has(key)) continue;
      seen.add(key);
      const before = this.drafts.get(key);
      const after = this.draftFor(key, before, input, unit);
      this.issues.delete(key);
      if (sameDraft(before, after)) continue;
      this.setDraft(key, after);
      step.push({ key, before, after });
      if (after?.kind === 'invalid') invalid.push(key);
    }
    if (step.length > 0) this.pushUndo(step);
    const changed = step.map((entry) => entry.key);
    if (changed.length > 0 || seen.size > 0) this.emit({ keys: [...seen] });
    return { changed, invalid };
  }

  /** What the cell being typed in would hold, so the row's remaining moves with each keystroke. */
  setPreview(key: CellKey, text: string, unit: AmountUnit): void {
    const parsed = text.trim() === '' ? { ok: true as const, value: 0n } : parseAmount(text, unit);
    this.preview = { key, value: parsed.ok ? parsed.value : null };
    this.emit({ keys: [key], preview: true });
  }

  clearPreview(): void {
    if (!this.preview) return;
    const { key } = this.preview;
    this.preview = null;
    this.emit({ keys: [key], preview: true });
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Reverts the last step; returns its cells (to move the focus there), or null when none. */
  undo(): CellKey[] | null {
    const step = this.undoStack.pop();
    if (!step) return null;
    this.redoStack.push(step);
    return this.replay(step, 'before');
  }

  redo(): CellKey[] | null {
    const step = this.redoStack.pop();
    if (!step) return null;
    this.undoStack.push(step);
    return this.replay(step, 'after');
  }

  /** Drops every unsaved change, as one undo step. */
  discardAll(): void {
    const step = [...this.drafts].map(([key, before]) => ({ key, before, after: undefined }));
    if (step.length === 0) return;
    this.drafts.clear();
    this.issues.clear();
    this.pushUndo(step);
    this.emit({ keys: step.map((entry) => entry.key) });
  }

  /**
   * Settles a conflict: `mine` keeps the draft and re-bases it on the server's current version
   * (the next save overwrites theirs, knowingly); `theirs` drops the draft.
   */
  resolveConflict(key: CellKey, choice: 'mine' | 'theirs'): void {
    const before = this.drafts.get(key);
    if (!before || !this.isConflict(key, before)) return;
    const after = choice === 'theirs' ? undefined : { ...before, baseVersion: this.server.get(key)?.version ?? null };
    this.setDraft(key, after);
    this.pushUndo([{ key, before, after }]);
    this.emit({ keys: [key] });
  }

  // ------------------------------------------------------------------ saving

  /**
   * A save went through: `saved` are the cells as the server now holds them. A draft that still
   * holds what was sent is done; one typed over during the save stays, on the new version.
   */
  markSaved(
    sent: readonly PendingChange[],
    saved: readonly { envelopeId: string; unitId: string; cell: ServerCell }[],
  ) {
    for (const { envelopeId, unitId, cell } of saved) this.server.set(cellKey(envelopeId, unitId), cell);
    for (const change of sent) {
      const draft = this.drafts.get(change.key);
      if (!draft) continue;
      if (draft.kind === 'value' && draft.value === change.amount) this.drafts.delete(change.key);
      else this.drafts.set(change.key, { ...draft, baseVersion: this.server.get(change.key)?.version ?? null });
    }
    this.issues.clear();
    this.undoStack = [];
    this.redoStack = [];
    this.emit({ keys: 'all' });
  }

  /** The server refused a save: its reasons, on the cells they are about (replacing earlier ones). */
  setIssues(issues: ReadonlyMap<CellKey, CellIssue>): void {
    const keys = [...new Set([...this.issues.keys(), ...issues.keys()])];
    this.issues = new Map(issues);
    this.emit({ keys });
  }

  // ------------------------------------------------------------------ internals

  private isKnownCell(key: CellKey): boolean {
    const { envelopeId, unitId } = splitCellKey(key);
    return this.assigned.has(envelopeId) && this.unitIds.includes(unitId);
  }

  private isConflict(key: CellKey, draft: Draft): boolean {
    return draft.baseVersion !== (this.server.get(key)?.version ?? null);
  }

  private draftFor(key: CellKey, before: Draft | undefined, input: CellInput, unit: AmountUnit): Draft | undefined {
    const server = this.server.get(key);
    // The version seen when the officer first touched the cell, kept through later edits.
    const baseVersion = before ? before.baseVersion : (server?.version ?? null);
    let value: bigint;
    if ('value' in input) {
      value = input.value;
    } else if (input.text.trim() === '') {
      value = 0n;
    } else {
      const parsed = parseAmount(input.text, unit);
      if (!parsed.ok) return { kind: 'invalid', text: input.text, error: parsed.error, baseVersion };
      value = parsed.value;
    }
    // Back to what the server holds (or zero on a cell that has none): nothing to save.
    if (value === (server?.amount ?? 0n)) return undefined;
    return { kind: 'value', value, baseVersion };
  }

  private setDraft(key: CellKey, draft: Draft | undefined): void {
    if (draft) this.drafts.set(key, draft);
    else this.drafts.delete(key);
  }

  /** A draft that now equals the server's amount has nothing left to say. */
  private settle(key: CellKey): void {
    const draft = this.drafts.get(key);
    if (draft?.kind === 'value' && draft.value === (this.server.get(key)?.amount ?? 0n)) {
      this.drafts.delete(key);
      this.issues.delete(key);
    }
  }

  private replay(step: readonly StepEntry[], side: 'before' | 'after'): CellKey[] {
    const keys: CellKey[] = [];
    for (const entry of side === 'before' ? [...step].reverse() : step) {
      this.setDraft(entry.key, entry[side]);
      this.issues.delete(entry.key);
      this.settle(entry.key);
      keys.push(entry.key);
    }
    this.emit({ keys });
    return keys;
  }

  private pushUndo(step: StepEntry[]): void {
    this.undoStack.push(step);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  private emit(change: SheetChange): void {
    this.revisionNumber++;
    for (const listener of this.listeners) listener(change);
  }
}

function sameDraft(a: Draft | undefined, b: Draft | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.baseVersion !== b.baseVersion || a.kind !== b.kind) return false;
  if (a.kind === 'value' && b.kind === 'value') return a.value === b.value;
  return a.kind === 'invalid' && b.kind === 'invalid' && a.text === b.text;
}
