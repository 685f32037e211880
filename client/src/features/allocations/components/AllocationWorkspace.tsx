import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { type AmountUnit, formatAmount } from '../../../ui/amount';
import { formatDate } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { type LiveEvent, useAllocationsLive } from '../hooks/useAllocationsLive';
import { type Adjustment, useSaveAllocations } from '../hooks/useBudgetMutations';
import type { SheetLayout } from '../model/layout';
import { type GridPlan, layoutOf, snapshotOf } from '../model/server';
import type { CellIssue, CellKey } from '../model/sheet';
import { AllocationSheet, splitCellKey } from '../model/sheet';
import { AdjustDialog } from './AdjustDialog';
import { AllocationGrid, type AllocationGridHandle, type FocusedCell, gridHeight } from './AllocationGrid';
import { ApproveDialog } from './ApproveDialog';
import { AssignmentForm } from './AssignmentForm';
import { ConflictPanel } from './ConflictPanel';
import { HistoryPanel } from './HistoryPanel';
import { IssueList } from './IssueList';
import { Toolbar } from './Toolbar';
import { TransferActions } from './TransferActions';

interface AllocationWorkspaceProps {
  plan: GridPlan;
  canWrite: boolean;
  refetch: () => void;
}

export type GeneralIssue = CellIssue & { field: readonly string[] | null };

const UNIT_KEY = 'ansinh.amountUnit';

/** One plan's allocation screen: status, toolbar, the grid with its side panel, assignments. */
export function AllocationWorkspace({ plan, canWrite, refetch }: AllocationWorkspaceProps) {
  const { t } = useI18n();
  const m = t.allocations;
  const layout = useStableLayout(plan);
  const sheet = useLoadedSheet(plan);
  useSyncExternalStore(
    useCallback((listener: () => void) => sheet.subscribe(listener), [sheet]),
    () => sheet.revision,
  );
  const counts = sheet.counts();

  const [unit, setUnitState] = useState<AmountUnit>(() =>
    localStorage.getItem(UNIT_KEY) === 'MILLION' ? 'MILLION' : 'DONG',
  );
  const setUnit = (next: AmountUnit) => {
    localStorage.setItem(UNIT_KEY, next);
    setUnitState(next);
  };
  const [adjusting, setAdjusting] = useState(false);
  const [report, setReport] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [generalIssues, setGeneralIssues] = useState<GeneralIssue[]>([]);
  const [focused, setFocused] = useState<FocusedCell | null>(null);
  const [dialog, setDialog] = useState<'approve' | 'adjust' | null>(null);
  const gridRef = useRef<AllocationGridHandle>(null);

  const approval = plan.allocationApproval;
  const editable = canWrite && (!approval || adjusting);

  // ---------------------------------------------------------------- live updates

  const savingRef = useRef(false);
  const heldEvents = useRef<LiveEvent[]>([]);
  const applyLive = useCallback(
    (event: LiveEvent) => {
      // During a save, its own echo could pass for someone else's edit: hold events until it answers.
      if (savingRef.current) {
        heldEvents.current.push(event);
        return;
      }
      const before = new Set(sheet.conflictKeys());
      const keys = sheet.applyServerCells(event.cells);
      if (keys.length === 0) return;
      gridRef.current?.flash(keys);
      const conflicted = sheet.conflictKeys().filter((key) => !before.has(key)).length;
      setReport(
        conflicted > 0
          ? m.live.conflicted(conflicted)
          : m.live.updated(keys.length, event.changedBy?.displayName ?? null),
      );
    },
    [sheet, m],
  );
  const releaseHeldEvents = () => {
    const held = heldEvents.current;
    heldEvents.current = [];
    for (const event of held) applyLive(event);
  };
  const { connected } = useAllocationsLive(plan.id, applyLive, refetch);

  // ---------------------------------------------------------------- saving

  const { save, saving } = useSaveAllocations();

  const runSave = async (adjustment: Adjustment | null): Promise<boolean> => {
    const changes = sheet.pendingChanges();
    if (changes.length === 0) return true;
    savingRef.current = true;
    setProblem(null);
    setGeneralIssues([]);
    const attempt = await save(plan.id, changes, adjustment);
    savingRef.current = false;
    if (!attempt.ok) {
      setProblem(m.saveFailed);
      releaseHeldEvents();
      return false;
    }
    const { outcome } = attempt;
    if (outcome.conflicts.length === 0 && outcome.cellIssues.size === 0 && outcome.generalIssues.length === 0) {
      sheet.markSaved(changes, outcome.saved);
      setReport(m.saved(changes.length));
      releaseHeldEvents();
      if (adjustment) setAdjusting(false);
      return true;
    }
    // Nothing was written. Show why, on the cells, and take the server's values afresh rather
    // than reverting anything by hand.
    sheet.applyServerCells(outcome.conflicts);
    sheet.setIssues(outcome.cellIssues);
    setGeneralIssues(outcome.generalIssues);
    setProblem(m.saveRefused);
    releaseHeldEvents();
    refetch();
    return false;
  };

  const requestSave = () => {
    setProblem(null);
    gridRef.current?.commitEdit();
    const now = sheet.counts();
    if (now.invalid > 0) {
      setProblem(m.saveBlockedInvalid(now.invalid));
      return;
    }
    if (now.conflicts > 0) {
      setProblem(m.saveBlockedConflicts(now.conflicts));
      return;
    }
    if (sheet.pendingChanges().length === 0) {
      setReport(m.nothingToSave);
      return;
    }
    if (approval) setDialog('adjust');
    else void runSave(null);
  };

  const onKeyDownCapture = (event: React.KeyboardEvent) => {
    // Ctrl+S saves, as in every spreadsheet (instead of the browser saving the page).
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (editable && !saving) requestSave();
    }
  };

  const onReport = useCallback((message: string) => setReport(message), []);
  const onFocusChange = useCallback((cell: FocusedCell | null) => setFocused(cell), []);

  const issueText = (key: CellKey, issue: CellIssue): string => {
    const base = m.errorCode[issue.code] ?? issue.message;
    if (issue.code !== 'EXCEEDS_ENVELOPE') return base;
    const remaining = sheet.totals([splitCellKey(key).envelopeId]).remaining;
    return remaining < 0n ? `${base} ${m.exceeds(`${formatAmount(-remaining, 'DONG')} đồng`)}.` : base;
  };

  return (
    <div className="allocation-workspace" onKeyDownCapture={onKeyDownCapture}>
      <div className="allocation-status">
        {approval ? (
          <p className="status-line status-approved">
            <span aria-hidden="true">✔ </span>
            {m.approved(approval.decision.number, formatDate(approval.decision.issuedOn))}
          </p>
        ) : (
          <p className="status-line status-draft">{m.draft}</p>
        )}
        {adjusting && <p className="status-line status-adjusting">{m.adjusting}</p>}
        {!canWrite && <p className="status-line">{m.readOnly}</p>}
        {!connected && (
          <p className="status-line status-offline" role="status">
            {m.live.disconnected}
          </p>
        )}
      </div>

      <Toolbar
        counts={counts}
        canUndo={sheet.canUndo()}
        canRedo={sheet.canRedo()}
        editable={editable}
        canWrite={canWrite}
        saving={saving}
        approved={approval !== null}
        adjusting={adjusting}
        onSave={requestSave}
        onUndo={() => {
          const keys = sheet.undo();
          if (keys) setReport(m.undone(keys.length));
        }}
        onRedo={() => {
          const keys = sheet.redo();
          if (keys) setReport(m.redone(keys.length));
        }}
        onDiscard={() => {
          if (window.confirm(m.discardConfirm(counts.changed))) sheet.discardAll();
        }}
        onApprove={() => setDialog('approve')}
        onAdjust={() => setAdjusting(true)}
        onStopAdjust={() => {
          if (!sheet.hasDrafts() || window.confirm(m.discardConfirm(counts.changed))) {
            sheet.discardAll();
            setAdjusting(false);
          }
        }}
        extra={
          <TransferActions
            sheet={sheet}
            layout={layout}
            unit={unit}
            year={plan.year}
            canImport={editable}
            onReport={onReport}
          />
        }
      />
      <div className="grid-options">
        <fieldset className="unit-switch">
          <legend>{m.unitLabel}</legend>
          {(['DONG', 'MILLION'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`unit-${plan.id}`}
                value={option}
                checked={unit === option}
                onChange={() => setUnit(option)}
              />
              {m.unit[option]}
            </label>
          ))}
        </fieldset>
      </div>

      <p className="grid-report" role="status" aria-live="polite" data-testid="grid-report">
        {report}
      </p>
      {problem && (
        <div className="notice notice-error" role="alert" data-testid="grid-problem">
          <p className="notice-title">{problem}</p>
          <IssueList
            sheet={sheet}
            layout={layout}
            generalIssues={generalIssues}
            describe={issueText}
            onGoTo={(key) => gridRef.current?.focusCell(key)}
          />
        </div>
      )}
      {counts.conflicts > 0 && (
        <ConflictPanel sheet={sheet} layout={layout} unit={unit} onGoTo={(key) => gridRef.current?.focusCell(key)} />
      )}

      {layout.rows.length === 0 ? (
        <div className="notice">
          <p className="notice-title">{m.empty}</p>
          {canWrite && <p>{m.emptyForWriters}</p>}
        </div>
      ) : (
        <div className="allocation-body">
          <section
            className="allocation-grid-region"
            aria-label={m.gridLabel}
            style={{ height: gridHeight(layout.rows.length) }}
          >
            <AllocationGrid
              ref={gridRef}
              sheet={sheet}
              layout={layout}
              unit={unit}
              editable={editable}
              onFocusChange={onFocusChange}
              onReport={onReport}
            />
          </section>
          <HistoryPanel sheet={sheet} layout={layout} focused={focused} unit={unit} />
        </div>
      )}
      {editable && <p className="keyboard-help">{m.keyboardHelp}</p>}

      {canWrite && !approval && (
        <AssignmentForm
          plan={plan}
          onAssigned={(message) => {
            setReport(message);
            refetch();
          }}
        />
      )}

      <ApproveDialog
        open={dialog === 'approve'}
        planId={plan.id}
        hasDrafts={counts.changed > 0}
        onClose={() => setDialog(null)}
        onApproved={() => {
          setDialog(null);
          setReport(m.approve.done);
          refetch();
        }}
      />
      <AdjustDialog
        open={dialog === 'adjust'}
        count={counts.changed}
        issues={generalIssues}
        saving={saving}
        onClose={() => setDialog(null)}
        onSubmit={async (adjustment) => {
          if (await runSave(adjustment)) setDialog(null);
        }}
      />
    </div>
  );
}

/** The layout changes only when rows or columns do, not on every refetch of the same plan. */
function useStableLayout(plan: GridPlan): SheetLayout {
  const signature = [
    plan.envelopes.map((envelope) => envelope.id).join(','),
    plan.implementingUnits.map((unit) => unit.id).join(','),
    plan.components.map((component) => component.id).join(','),
  ].join('/');
  const cached = useRef<{ signature: string; layout: SheetLayout } | null>(null);
  if (cached.current?.signature !== signature) cached.current = { signature, layout: layoutOf(plan) };
  return cached.current.layout;
}

/** The sheet, loaded with the first answer before the grid first renders, and with every refetch after. */
function useLoadedSheet(plan: GridPlan): AllocationSheet {
  const loadedPlan = useRef<GridPlan | null>(null);
  const [sheet] = useState(() => {
    const created = new AllocationSheet();
    created.load(snapshotOf(plan));
    loadedPlan.current = plan;
    return created;
  });
  useEffect(() => {
    if (loadedPlan.current === plan) return;
    loadedPlan.current = plan;
    sheet.load(snapshotOf(plan));
  }, [plan, sheet]);
  return sheet;
}
