import type { CapitalType, ComponentKind, FundingSource, ImplementingUnitKind } from '../../../apollo/generated';

/** What the grid needs of a project or sub-project. */
export interface ComponentInfo {
  id: string;
  code: string;
  name: string;
  kind: ComponentKind;
  parentId: string | null;
}

export interface UnitInfo {
  id: string;
  code: string;
  name: string;
  kind: ImplementingUnitKind;
}

export interface EnvelopeInfo {
  id: string;
  componentId: string;
  capitalType: CapitalType;
  source: FundingSource;
}

/** A project's subtotal line: read-only, sums the envelope rows listed under it. */
export interface ProjectRow {
  kind: 'project';
  key: string;
  project: ComponentInfo;
  envelopeIds: string[];
}

/** One envelope (component, capital type, source): the editable line, one cell per unit. */
export interface EnvelopeRow {
  kind: 'envelope';
  key: string;
  envelopeId: string;
  component: ComponentInfo;
  /** The subtotal row this envelope adds into. */
  projectKey: string;
  capitalType: CapitalType;
  source: FundingSource;
  /** 1 for a sub-project's envelope, 0 for an envelope of the project itself. */
  depth: 0 | 1;
}

export type SheetRow = ProjectRow | EnvelopeRow;

export interface SheetLayout {
  /** Display order: each project's subtotal row, then its envelopes in component order. */
  rows: SheetRow[];
  units: UnitInfo[];
  envelopeRows: ReadonlyMap<string, EnvelopeRow>;
}

export const TOTAL_ROW_KEY = 'total';

/** Stable, readable row ids (`env:3.1:RECURRENT:CENTRAL_BUDGET`, `project:3`): one envelope per triple. */
export const envelopeRowKey = (code: string, capitalType: CapitalType, source: FundingSource): string =>
  `env:${code}:${capitalType}:${source}`;

export const projectRowKey = (code: string): string => `project:${code}`;

/**
 * The grid's rows, from the plan's components (code order) and envelopes. Projects without an
 * envelope are left out: the grid shows money, and a line of empty cells would only add scrolling.
 */
export function buildLayout(
  components: readonly ComponentInfo[],
  units: readonly UnitInfo[],
  envelopes: readonly EnvelopeInfo[],
): SheetLayout {
  const position = new Map(components.map((component, index) => [component.id, index]));
  const byId = new Map(components.map((component) => [component.id, component]));
  const projectOf = (component: ComponentInfo): ComponentInfo =>
    (component.parentId ? byId.get(component.parentId) : undefined) ?? component;

  const ordered = envelopes
    .filter((envelope) => byId.has(envelope.componentId))
    .map((envelope, index) => ({ envelope, index }))
    .sort(
      (a, b) =>
        (position.get(a.envelope.componentId) ?? 0) - (position.get(b.envelope.componentId) ?? 0) || a.index - b.index,
    );

  const rows: SheetRow[] = [];
  const envelopeRows = new Map<string, EnvelopeRow>();
  let current: ProjectRow | null = null;
  for (const { envelope } of ordered) {
    const component = byId.get(envelope.componentId) as ComponentInfo;
    const project = projectOf(component);
    if (current?.project.id !== project.id) {
      current = { kind: 'project', key: projectRowKey(project.code), project, envelopeIds: [] };
      rows.push(current);
    }
    current.envelopeIds.push(envelope.id);
    const row: EnvelopeRow = {
      kind: 'envelope',
      key: envelopeRowKey(component.code, envelope.capitalType, envelope.source),
      envelopeId: envelope.id,
      component,
      projectKey: current.key,
      capitalType: envelope.capitalType,
      source: envelope.source,
      depth: component.id === project.id ? 0 : 1,
    };
    rows.push(row);
    envelopeRows.set(envelope.id, row);
  }
  return { rows, units: [...units], envelopeRows };
}
