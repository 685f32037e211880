import type { TestApp } from './test-app';

export interface PlanIds {
  planId: string;
  components: Record<string, string>;
  units: Record<string, string>;
}

/** The ids a budget test needs: the plan of a year (the seeded 2022 one), its components and units by code. */
export const planIds = async (app: TestApp, token: string, year = 2022): Promise<PlanIds> => {
  const { data, errors } = await app.gql<{
    plans: {
      id: string;
      components: { id: string; code: string }[];
      implementingUnits: { id: string; code: string }[];
    }[];
  }>(
    'query PlanIds($year: Int!) { plans(year: $year) { id components { id code } implementingUnits { id code } } }',
    { year },
    token,
  );
  if (errors || !data) throw new Error(JSON.stringify(errors));
  const [plan] = data.plans;
  return {
    planId: plan.id,
    components: Object.fromEntries(plan.components.map((c) => [c.code, c.id])),
    units: Object.fromEntries(plan.implementingUnits.map((u) => [u.code, u.id])),
  };
};

export const ASSIGN = /* GraphQL */ `
  mutation Assign($input: AssignEnvelopeInput!) {
    assignEnvelope(input: $input) {
      envelope { id amount allocated remaining disbursed capitalType source version component { code } decision { number issuedOn issuer } }
      userErrors { field code message }
    }
  }
`;

export const SAVE = /* GraphQL */ `
  mutation Save($input: SaveAllocationsInput!) {
    saveAllocations(input: $input) {
      allocations { id amount version status disbursed unit { code } envelope { id allocated remaining } updatedBy { username } }
      conflicts { index current { id amount version } }
      userErrors { field code message }
    }
  }
`;

export const ADJUST = /* GraphQL */ `
  mutation Adjust($input: AdjustAllocationsInput!) {
    adjustAllocations(input: $input) {
      allocations { id amount version status }
      conflicts { index current { id amount version } }
      userErrors { field code message }
    }
  }
`;

export const APPROVE = /* GraphQL */ `
  mutation Approve($input: ApproveAllocationsInput!) {
    approveAllocations(input: $input) { allocations { id status version } userErrors { field code message } }
  }
`;

export const DISBURSE = /* GraphQL */ `
  mutation Disburse($input: RecordDisbursementsInput!) {
    recordDisbursements(input: $input) { allocations { id amount disbursed } userErrors { field code message } }
  }
`;

export interface EnvelopeView {
  id: string;
  amount: string;
  allocated: string;
  remaining: string;
  disbursed: string;
  version: number;
}

export interface AllocationView {
  id: string;
  amount: string;
  version: number;
  status: string;
  disbursed: string;
  unit: { code: string };
  envelope: { id: string; allocated: string; remaining: string };
}

export interface UserErrorView {
  field: string[] | null;
  code: string;
  message: string;
}

export interface SaveResult {
  saveAllocations: {
    allocations: AllocationView[];
    conflicts: { index: number; current: { id: string; amount: string; version: number } }[];
    userErrors: UserErrorView[];
  };
}

/** Assigns an envelope and returns it (throws on any error: setup, not the thing under test). */
export const assign = async (
  app: TestApp,
  token: string,
  input: {
    planId: string;
    componentId: string;
    amount: string;
    capitalType?: string;
    source?: string;
    decisionNumber?: string;
  },
): Promise<EnvelopeView> => {
  const result = await app.gql<{ assignEnvelope: { envelope: EnvelopeView | null; userErrors: UserErrorView[] } }>(
    ASSIGN,
    {
      input: {
        capitalType: 'RECURRENT',
        source: 'CENTRAL_BUDGET',
        decisionNumber: '123/QĐ-UBND',
        decisionDate: '2022-04-15',
        decisionIssuer: 'UBND tỉnh Kon Tum',
        ...input,
      },
    },
    token,
  );
  const envelope = result.data?.assignEnvelope.envelope;
  if (!envelope) throw new Error(`assign failed: ${JSON.stringify(result)}`);
  return envelope;
};

/** Row counts of every budget table: "nothing was written" is these staying equal. */
export const budgetCounts = async (app: TestApp) => {
  const [row] = await app.orm.em.fork().execute<Record<string, string>[]>(
    `select (select count(*) from envelope) as envelopes, (select coalesce(sum(amount), 0) from envelope) as assigned,
            (select count(*) from envelope_assignment) as assignments, (select count(*) from allocation) as allocations,
            (select coalesce(sum(amount), 0) from allocation) as allocated, (select coalesce(sum(version), 0) from allocation) as versions,
            (select count(*) from disbursement) as disbursements, (select count(*) from audit_entry) as audit,
            (select count(*) from allocation_approval) as approvals, (select count(*) from legal_document) as documents`,
  );
  return row;
};

/**
 * Today's cells, payments per cell and envelopes twice: as the audit trail replays them (each
 * entity's last amount, payments summed) and as the tables hold them. They must be equal.
 */
export const auditReplay = async (app: TestApp) => {
  const em = app.orm.em.fork();
  const entries = await em.execute<
    { entity: string; entity_id: number; new_amount: string | null; details: { allocationId?: number } }[]
  >('select entity, entity_id, new_amount::text, details from audit_entry order by id');
  const allocations = await em.execute<{ id: number; amount: string; disbursed: string }[]>(
    'select id, amount::text, disbursed::text from allocation',
  );
  const envelopes = await em.execute<{ id: number; amount: string }[]>('select id, amount::text from envelope');
  const cells = new Map<number, string>();
  const envelopeAmounts = new Map<number, string>();
  const paid = new Map<number, bigint>(allocations.map((row) => [row.id, 0n]));
  for (const entry of entries) {
    if (entry.entity === 'ALLOCATION' && entry.new_amount !== null) cells.set(entry.entity_id, entry.new_amount);
    if (entry.entity === 'ENVELOPE' && entry.new_amount !== null)
      envelopeAmounts.set(entry.entity_id, entry.new_amount);
    if (entry.entity === 'DISBURSEMENT' && entry.details.allocationId) {
      const cell = entry.details.allocationId;
      paid.set(cell, (paid.get(cell) ?? 0n) + BigInt(entry.new_amount ?? 0));
    }
  }
  return {
    replayed: {
      cells,
      disbursed: new Map([...paid].map(([id, amount]) => [id, amount.toString()])),
      envelopes: envelopeAmounts,
    },
    actual: {
      cells: new Map(allocations.map((row) => [row.id, row.amount])),
      disbursed: new Map(allocations.map((row) => [row.id, row.disbursed])),
      envelopes: new Map(envelopes.map((row) => [row.id, row.amount])),
    },
  };
};
