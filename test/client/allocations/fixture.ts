import {
  buildLayout,
  type ComponentInfo,
  type EnvelopeInfo,
  type UnitInfo,
} from '../../../client/src/features/allocations/model/layout';
import { AllocationSheet, type ServerCell } from '../../../client/src/features/allocations/model/sheet';

// A small plan: project 3 with sub-projects 3.1 and 3.2, project 4 with 4.1; three units.
export const components: ComponentInfo[] = [
  { id: 'c1', code: '1', name: 'Đầu tư hạ tầng', kind: 'PROJECT', parentId: null },
  { id: 'c3', code: '3', name: 'Hỗ trợ sản xuất', kind: 'PROJECT', parentId: null },
  { id: 'c31', code: '3.1', name: 'Nông nghiệp', kind: 'SUBPROJECT', parentId: 'c3' },
  { id: 'c32', code: '3.2', name: 'Dinh dưỡng', kind: 'SUBPROJECT', parentId: 'c3' },
  { id: 'c4', code: '4', name: 'Giáo dục nghề', kind: 'PROJECT', parentId: null },
  { id: 'c41', code: '4.1', name: 'Dạy nghề', kind: 'SUBPROJECT', parentId: 'c4' },
];

export const units: UnitInfo[] = [
  { id: 'u1', code: 'P-TCKH', name: 'Phòng Tài chính - Kế hoạch', kind: 'DISTRICT_OFFICE' },
  { id: 'u2', code: 'UBND-IATOI', name: 'Ủy ban nhân dân xã Ia Tơi', kind: 'COMMUNE_COMMITTEE' },
  { id: 'u3', code: 'UBND-IADAL', name: 'Ủy ban nhân dân xã Ia Đal', kind: 'COMMUNE_COMMITTEE' },
];

// Deliberately out of component order: the layout sorts.
export const envelopes: (EnvelopeInfo & { amount: bigint })[] = [
  { id: 'e41', componentId: 'c41', capitalType: 'INVESTMENT', source: 'CENTRAL_BUDGET', amount: 2_000_000_000n },
  { id: 'e31a', componentId: 'c31', capitalType: 'RECURRENT', source: 'CENTRAL_BUDGET', amount: 1_500_000_000n },
  { id: 'e31b', componentId: 'c31', capitalType: 'RECURRENT', source: 'PROVINCIAL_BUDGET', amount: 800_000_000n },
  { id: 'e32', componentId: 'c32', capitalType: 'RECURRENT', source: 'CENTRAL_BUDGET', amount: 600_000_000n },
];

export const layout = buildLayout(components, units, envelopes);

export const serverCell = (amount: bigint, version = 1, allocationId = 'a'): ServerCell => ({
  allocationId,
  amount,
  version,
  disbursed: 0n,
  updatedBy: 'Cán bộ A',
});

/** A sheet over the small plan, with 3.1 central / Ia Tơi already at 500 million (version 1). */
export function loadedSheet(): AllocationSheet {
  const sheet = new AllocationSheet();
  sheet.load({
    envelopes: envelopes.map(({ id, amount }) => ({ id, amount })),
    unitIds: units.map((unit) => unit.id),
    cells: [{ envelopeId: 'e31a', unitId: 'u2', cell: serverCell(500_000_000n, 1, 'a1') }],
  });
  return sheet;
}
