import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** The page size asked for, within bounds; BAD_USER_INPUT outside them. */
export const pageSize = (first: number | null | undefined): number => {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return first;
};

/** Opaque, stable keyset cursors: base64url of "<kind>:<key>". */
export const encodeCursor = (kind: string, key: string | number): string =>
  Buffer.from(`${kind}:${key}`).toString('base64url');

const notOurs = () => badUserInput('after is not a cursor from this list', 'after');

export const decodeCursor = (kind: string, cursor: string | null | undefined): string | null => {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(`${kind}:`)) throw notOurs();
  return decoded.slice(kind.length + 1);
};

// Primary keys are PostgreSQL integers: a larger number in a forged cursor is not one of ours.
const ID_PATTERN = /^[1-9]\d{0,9}$/;
const isRowId = (text: string): boolean => ID_PATTERN.test(text) && Number(text) <= 2_147_483_647;
const isCalendarDate = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** The row id a list ordered by id continues after; null for the first page. */
export const decodeIdCursor = (kind: string, cursor: string | null | undefined): number | null => {
  const key = decodeCursor(kind, cursor);
  if (key === null) return null;
  if (!isRowId(key)) throw notOurs();
  return Number(key);
};

export interface DateIdKey {
  date: string;
  id: number;
}

export const encodeDateIdCursor = (kind: string, { date, id }: DateIdKey): string =>
  encodeCursor(kind, `${date}:${id}`);

/** The (date, id) a list ordered by a date then id continues after; null for the first page. */
export const decodeDateIdCursor = (kind: string, cursor: string | null | undefined): DateIdKey | null => {
  const key = decodeCursor(kind, cursor);
  if (key === null) return null;
  const [date, id, ...rest] = key.split(':');
  if (rest.length > 0 || !isCalendarDate(date ?? '') || !isRowId(id ?? '')) throw notOurs();
  return { date, id: Number(id) };
};

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** What a list service returns: one page of rows, each with its cursor, and the total of the filter. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** A service's page as the connection the schema serves. */
export const connectionOf = <T>(page: Page<T>): Connection<T> => ({
  edges: page.nodes.map((node, index) => ({ cursor: page.cursors[index], node })),
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
  totalCount: page.totalCount,
});

/**
 * The base of a Relay connection over one node type, `XConnection { edges { cursor node } pageInfo
 * totalCount }` with its `XEdge` (type-graphql's class-creator pattern for generic types). Every
 * list of the API has this shape, so one script can page through any of them.
 */
export const ConnectionType = <T extends object>(node: ClassType<T>, name: string = node.name) => {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: 'Pass as `after` to continue after this row.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  // Never in the schema itself (type-graphql 2 emits only types something refers to): each
  // `XConnection extends ConnectionType(X)` is.
  @ObjectType()
  abstract class ConnectionBase implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, whatever the page.' })
    totalCount!: number;
  }

  return ConnectionBase;
};
