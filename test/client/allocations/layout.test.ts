import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../../client/src/features/allocations/model/layout';
import { components, envelopes, layout, units } from './fixture';

describe('buildLayout: envelope rows under their project, with subtotal rows', () => {
  it('orders projects and envelopes by component code, each project heading its envelopes', () => {
    expect(layout.rows.map((row) => row.key)).toEqual([
      'project:3',
      'env:3.1:RECURRENT:CENTRAL_BUDGET',
      'env:3.1:RECURRENT:PROVINCIAL_BUDGET',
      'env:3.2:RECURRENT:CENTRAL_BUDGET',
      'project:4',
      'env:4.1:INVESTMENT:CENTRAL_BUDGET',
    ]);
  });

  it('lists under each subtotal the envelopes it adds up, and indents sub-projects', () => {
    const project3 = layout.rows[0];
    expect(project3?.kind === 'project' && project3.envelopeIds).toEqual(['e31a', 'e31b', 'e32']);
    const envelope = layout.envelopeRows.get('e32');
    expect(envelope).toMatchObject({ projectKey: 'project:3', depth: 1, capitalType: 'RECURRENT' });
  });

  it('leaves out projects without an envelope, and keeps an envelope of the project itself at depth 0', () => {
    const own = buildLayout(components, units, [
      { id: 'e3', componentId: 'c3', capitalType: 'INVESTMENT', source: 'DISTRICT_BUDGET' },
    ]);
    expect(own.rows.map((row) => row.key)).toEqual(['project:3', 'env:3:INVESTMENT:DISTRICT_BUDGET']);
    expect(own.envelopeRows.get('e3')?.depth).toBe(0);
    expect(buildLayout(components, units, []).rows).toEqual([]);
  });

  it('keeps the units in the plan order', () => {
    expect(layout.units.map((unit) => unit.code)).toEqual(['P-TCKH', 'UBND-IATOI', 'UBND-IADAL']);
    expect(envelopes).toHaveLength(4);
  });
});
