import { type Opt, PrimaryKey } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * Global IDs are opaque to clients: base64url of "<Type>:<primary key>". Clients must never
 * build or parse them; the server decodes them in one place.
 */
export const toGlobalId = (type: string, id: number): string => Buffer.from(`${type}:${id}`).toString('base64url');

export interface DecodedId {
  type: string;
  id: number;
}

export const fromGlobalId = (globalId: string): DecodedId | null => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(globalId)) return null;
  const match = /^([A-Z][A-Za-z]{0,40}):([1-9]\d{0,9})$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? { type: match[1], id } : null;
};

/** The primary key inside a global ID of the given type; BAD_USER_INPUT for anything else. */
export const idOf = (type: { name: string }, globalId: string, field: string): number => {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type.name) throw badUserInput(`${field} is not a ${type.name} id`, field);
  return decoded.id;
};

/** Base of every entity that is a GraphQL Node: integer primary key, global `id` in the schema. */
@InterfaceType('Node', { description: 'An object with a global ID, fetchable with `node(id:)`.' })
export abstract class NodeEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): Opt<string> {
    return toGlobalId(this.constructor.name, this.id);
  }
}
