import { readFileSync } from 'node:fs';
import { buildSchema as buildSdl, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { applyPermissions, unruledRootFields } from '../../../server/src/modules/access/auth';
import { PERMISSIONS } from '../../../server/src/modules/access/permissions';
import { withCurrentTable } from '../../../server/src/modules/access/permissions-doc';
import { buildSchema } from '../../../server/src/schema';

describe('the permission table', () => {
  it('has a rule for every Query, Mutation and Subscription field of the schema', async () => {
    expect(unruledRootFields(await buildSchema())).toEqual([]);
  });

  it('names only fields the schema has (no stale rules)', async () => {
    const schema = await buildSchema();
    const stale = Object.keys(PERMISSIONS).filter((coordinate) => {
      const [typeName, fieldName] = coordinate.split('.');
      const type = schema.getType(typeName);
      return !(type instanceof GraphQLObjectType && type.getFields()[fieldName]);
    });
    expect(stale).toEqual([]);
  });

  it('refuses to build a schema with a root field that has no rule', () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { viewer: { type: GraphQLString }, somethingNew: { type: GraphQLString } },
      }),
    });
    expect(() => applyPermissions(schema, { 'Query.viewer': { roles: [] } })).toThrow(/Query\.somethingNew/);
  });

  it('is the table served: schema.graphql has no root field without a rule', () => {
    const served = buildSdl(readFileSync('schema.graphql', 'utf8'));
    expect(unruledRootFields(served)).toEqual([]);
  });

  it('is what docs/access.md shows (npm run docs:access)', () => {
    const document = readFileSync('docs/access.md', 'utf8');
    expect(withCurrentTable(document)).toBe(document);
  });
});
