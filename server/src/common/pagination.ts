import { Field, ObjectType } from 'type-graphql';
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

export const decodeCursor = (kind: string, cursor: string | null | undefined): string | null => {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(`${kind}:`)) throw badUserInput('after is not a cursor from this list', 'after');
  return decoded.slice(kind.length + 1);
};
