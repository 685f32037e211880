import { readFileSync } from 'node:fs';
import {
  buildSchema,
  findBreakingChanges,
  type GraphQLNamedType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  printType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from '../../../server/src/schema';

// The parts of contract version 2 not built yet: their types are skipped, together with every
// field, argument and input field that mentions them. The issue that builds a part removes it.
const PENDING_PARTS: Record<string, readonly string[]> = {
  'programme years': [
    'CarryOverInput',
    'CarryOverItem',
    'CarryOverPayload',
    'ClosePlanInput',
    'CreatePlanInput',
    'IssuePlanInput',
    'PlanPayload',
  ],
  'annual review': [
    'CommuneReview',
    'CommuneReviewActionInput',
    'CommuneReviewPayload',
    'CommuneReviewStatus',
    'OpenReviewRoundInput',
    'RecordReviewsInput',
    'RecordReviewsPayload',
    'ReviewEntryInput',
    'ReviewRound',
    'ReviewRoundPayload',
  ],
  householdStatistics: ['HouseholdDimension', 'HouseholdStatisticsRow'],
};
const PENDING_TYPES = new Set(Object.values(PENDING_PARTS).flat());

const schemaText = readFileSync('schema.graphql', 'utf8');
const contractText = readFileSync('test/contract/contract.graphql', 'utf8');

/** The contract without the pending types and whatever refers to them. */
const contractWithoutPending = () => {
  const contract = buildSchema(contractText);
  const isPending = (type: { name: string }) => PENDING_TYPES.has(type.name);
  const config = contract.toConfig();
  const types = config.types.filter((type) => !isPending(type));
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = type.getFields();
      for (const [name, field] of Object.entries(fields)) {
        if (isPending(getNamedType(field.type)) || field.args.some((arg) => isPending(getNamedType(arg.type))))
          delete fields[name];
      }
    } else if (isInputObjectType(type)) {
      const fields = type.getFields();
      for (const [name, field] of Object.entries(fields)) if (isPending(getNamedType(field.type))) delete fields[name];
    }
  }
  return buildSchema(
    types
      .filter((type: GraphQLNamedType) => !type.name.startsWith('__'))
      .map((type) => printType(type))
      .join('\n'),
  );
};

describe('schema.graphql', () => {
  it('is what the server emits (run `npm run schema` after changing the API)', async () => {
    expect(schemaText).toBe(await printSortedSchema());
  });

  it('offers everything of the API contract except the pending types', () => {
    const gaps = findBreakingChanges(contractWithoutPending(), buildSchema(schemaText));
    expect(gaps.map((gap) => `${gap.type}: ${gap.description}`)).toEqual([]);
  });

  it('keeps the pending list honest: it names exactly the contract types not yet served', () => {
    const contract = buildSchema(contractText);
    const served = buildSchema(schemaText);
    const notInContract = [...PENDING_TYPES].filter((name) => !contract.getType(name));
    expect(notInContract, 'pending, but not in the contract').toEqual([]);
    const servedNow = [...PENDING_TYPES].filter((name) => served.getType(name));
    expect(servedNow, 'served now: remove them from PENDING_PARTS').toEqual([]);
    const missing = Object.keys(contract.getTypeMap()).filter(
      (name) => !name.startsWith('__') && !served.getType(name),
    );
    expect(missing.sort()).toEqual([...PENDING_TYPES].sort());
  });

  it('has no Float where money could flow', () => {
    const served = buildSchema(schemaText);
    const floats: string[] = [];
    for (const type of Object.values(served.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) || type.name.startsWith('__'))
        continue;
      for (const field of Object.values(type.getFields())) {
        if (field.type.toString().replace(/[[\]!]/g, '') === 'Float') floats.push(`${type.name}.${field.name}`);
      }
    }
    // Percentages only: the contract's Target and PovertyRate rates, and the input that sets targets.
    expect(floats.sort()).toEqual([
      'PovertyRate.rate',
      'SetTargetInput.baseline',
      'SetTargetInput.value',
      'Target.actual',
      'Target.baseline',
      'Target.value',
    ]);
  });
});
