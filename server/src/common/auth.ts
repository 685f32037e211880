import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context';
import type { ApiScope } from '../modules/access/api-scope';
import { PERMISSIONS, PUBLIC, type Rule, TYPE_SCOPES } from '../modules/access/permissions';
import { forbidden, unauthenticated } from './errors';

/** Throws UNAUTHENTICATED or FORBIDDEN unless the viewer may use the field `coordinate` (Type.field). */
export const checkRule = (context: Context, coordinate: string, rule: Rule, root: boolean): void => {
  if (rule.roles === PUBLIC) return;
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (root && viewer.apiToken) {
    if (!rule.apiScope) throw forbidden(`${coordinate} with an API token (sign in instead)`);
    const needed = rule.apiScope === 'ANY' ? [] : typeof rule.apiScope === 'string' ? [rule.apiScope] : rule.apiScope;
    const lacking = needed.filter((scope) => !viewer.apiToken?.scopes.includes(scope));
    if (lacking.length > 0) throw forbidden(`${coordinate}: the API token lacks the ${lacking.join(' and ')} scope`);
  }
  const allowed = rule.roles;
  if (!viewer.roles.some((role) => allowed.includes(role))) throw forbidden(coordinate);
};

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/** Root fields of the schema that have no rule in the table; the schema refuses to build with any. */
export const unruledRootFields = (schema: GraphQLSchema, table: Record<string, Rule> = PERMISSIONS): string[] =>
  ROOT_TYPES.flatMap((typeName) => {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) return [];
    return Object.keys(type.getFields())
      .map((field) => `${typeName}.${field}`)
      .filter((coordinate) => !table[coordinate]);
  });

type Check = (context: Context) => void;

const guardField = (field: GraphQLField<unknown, Context>, check: Check) => {
  const guard =
    (resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> =>
    (source, args, context, info) => {
      check(context);
      return resolve(source, args, context, info);
    };
  field.resolve = guard(field.resolve ?? defaultFieldResolver);
  if (field.subscribe) field.subscribe = guard(field.subscribe);
};

const requireScope =
  (coordinate: string, scope: ApiScope): Check =>
  ({ viewer }) => {
    if (viewer?.apiToken && !viewer.apiToken.scopes.includes(scope)) {
      throw forbidden(`${coordinate}: the API token lacks the ${scope} scope`);
    }
  };

/**
 * Enforces the permission table: each field with a rule checks the viewer before its resolver (and,
 * for subscriptions, before subscribing), and each field leading into another scope's area checks
 * an API token's scopes. Throws when a root field has no rule, so that a new operation cannot ship
 * unguarded.
 */
export const applyPermissions = (
  schema: GraphQLSchema,
  table: Record<string, Rule> = PERMISSIONS,
  typeScopes: Record<string, ApiScope> = TYPE_SCOPES,
): GraphQLSchema => {
  const missing = unruledRootFields(schema, table);
  if (missing.length > 0) {
    throw new Error(`no permission rule for ${missing.join(', ')} (modules/access/permissions.ts)`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const root = ROOT_TYPES.includes(type.name);
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const rule = table[coordinate];
      const scope = typeScopes[getNamedType(field.type).name];
      if (rule) guardField(field, (context) => checkRule(context, coordinate, rule, root));
      if (!root && scope !== undefined && scope !== typeScopes[type.name]) {
        guardField(field, requireScope(coordinate, scope));
      }
    }
  }
  return schema;
};

const rootFields = (
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] =>
  selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name) || !fragments[name]) return [];
    seen.add(name);
    return rootFields(fragments[name].selectionSet, fragments, seen);
  });

/**
 * Without a valid token only public root fields (and `__typename`) answer: the whole operation
 * is refused with UNAUTHENTICATED before anything runs, introspection included.
 */
export const requireSignInPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document, schema }) {
        if (contextValue.viewer || !operation) return;
        const rootType = schema.getRootType(operation.operation);
        const fragments = Object.fromEntries(
          document.definitions
            .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
            .map((fragment) => [fragment.name.value, fragment]),
        );
        for (const field of rootFields(operation.selectionSet, fragments)) {
          const name = field.name.value;
          if (name === '__typename') continue;
          if (PERMISSIONS[`${rootType?.name}.${name}`]?.roles !== PUBLIC) throw unauthenticated();
        }
      },
    };
  },
};
