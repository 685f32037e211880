import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { SheetCounts } from '../model/sheet';

interface ToolbarProps {
  counts: SheetCounts;
  canUndo: boolean;
  canRedo: boolean;
  editable: boolean;
  /** Approve and adjust are for the roles that write money. */
  canWrite: boolean;
  saving: boolean;
  approved: boolean;
  adjusting: boolean;
  onSave: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onDiscard: () => void;
  onApprove: () => void;
  onAdjust: () => void;
  onStopAdjust: () => void;
  extra?: React.ReactNode;
}

/** The finance office's actions on the grid; the keyboard shortcuts do the same from the grid. */
export function Toolbar(props: ToolbarProps) {
  const { t } = useI18n();
  const m = t.allocations.toolbar;
  const { counts, editable, saving } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label={m.label}>
      {editable && (
        <>
          <button
            type="button"
            className="button-primary"
            onClick={props.onSave}
            disabled={saving || counts.changed === 0}
            data-testid="save"
          >
            {saving ? m.saving : props.adjusting ? m.saveAdjustment : m.save}
          </button>
          <span className="pending-count" data-testid="pending-count">
            {m.pending(counts.changed)}
          </span>
          <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z">
            {m.undo}
          </button>
          <button type="button" onClick={props.onRedo} disabled={!props.canRedo} aria-keyshortcuts="Control+Y">
            {m.redo}
          </button>
          <button type="button" onClick={props.onDiscard} disabled={counts.changed === 0}>
            {m.discard}
          </button>
        </>
      )}
      <span className="toolbar-spacer" />
      {props.extra}
      {props.canWrite && !props.approved && (
        <button type="button" onClick={props.onApprove} data-testid="approve">
          {m.approve}
        </button>
      )}
      {props.canWrite && props.approved && !props.adjusting && (
        <button type="button" onClick={props.onAdjust} data-testid="adjust">
          {m.adjust}
        </button>
      )}
      {props.canWrite && props.approved && props.adjusting && (
        <button type="button" onClick={props.onStopAdjust}>
          {m.stopAdjust}
        </button>
      )}
    </div>
  );
}
