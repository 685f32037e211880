import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

// One written form per amount, so that what is stored is what was meant: no leading zero, no "+",
// and no "-0" (a sign on nothing, once saved as 0 while "-1" was refused).
const MONEY_PATTERN = /^(0|-?[1-9]\d{0,18})$/;
// PostgreSQL bigint: anything outside cannot be stored, so it is malformed input.
const INT64_MAX = 2n ** 63n - 1n;
const parseMoney = (text: string): bigint => {
  const value = MONEY_PATTERN.test(text) ? BigInt(text) : null;
  if (value === null || value > INT64_MAX || value < -INT64_MAX) {
    throw badInput('Money must be whole đồng as a string of digits, e.g. "1250000000": no leading zero, "+" or "-0"');
  }
  return value;
};
/** Whole đồng, exact: PostgreSQL bigint, JS bigint, a base-10 string on the wire. */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description:
    'Whole Vietnamese đồng as a base-10 string without separators, e.g. "1250000000". Never fractional. One form per amount: no leading zero, no "+", no "-0".',
  serialize(value) {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' && MONEY_PATTERN.test(value)) return value;
    throw new GraphQLError('Money must be a bigint on the server');
  },
  parseValue(value) {
    return parseMoney(typeof value === 'string' ? value : '');
  },
  parseLiteral(ast: ValueNode) {
    return parseMoney(ast.kind === Kind.STRING ? ast.value : '');
  },
});

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const isCalendarDate = (value: string): boolean => {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A calendar date with no time zone, kept as 'YYYY-MM-DD' end to end (PostgreSQL `date`). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new GraphQLError('Date must be a YYYY-MM-DD string on the server');
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isCalendarDate(value)) throw badInput('Date must be a real date as YYYY-MM-DD');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value))
      throw badInput('Date must be a real date as YYYY-MM-DD');
    return ast.value;
  },
});

const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const parseDateTime = (value: unknown): Date => {
  if (typeof value !== 'string' || !DATETIME_PATTERN.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput('DateTime must be ISO 8601 with an offset, e.g. 2022-06-30T23:59:59+07:00');
  }
  return new Date(value);
};

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Instant, ISO 8601 with offset.',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new GraphQLError('DateTime must be a Date on the server');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    return parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});
