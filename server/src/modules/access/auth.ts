import { parse as parseUrl } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import {
  type DocumentNode,
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type SelectionSetNode,
  specifiedRules,
  validate,
} from 'graphql';
import { forbidden, unauthenticated } from '../../common/errors';
import { QUERY_LIMITS, queryLimitRules } from '../../common/hardening';
import type { Context } from '../../context';
import type { ApiScope } from './api-scope';
import { PERMISSIONS, PUBLIC, type Rule, TYPE_SCOPES } from './permissions';

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

/** False when the viewer is an API token and `typeName` is in the area of a scope it lacks (`node(id:)`). */
export const tokenReaches = (context: Context, typeName: string): boolean => {
  // An API token fetches by id only within its scopes' areas, as it would by nesting.
  const scope = TYPE_SCOPES[typeName];
  const token = context.viewer?.apiToken;
  return !(token && scope && !token.scopes.includes(scope));
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

const publicAnswerTypes = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/**
 * The types the public root fields (`login`) answer with, following fields (and an abstract type's
 * members): LoginPayload, Viewer, User, AdminUnit and the like. A stranger's selection stays among them.
 */
const answerTypesOfPublicFields = (schema: GraphQLSchema): ReadonlySet<string> => {
  const known = publicAnswerTypes.get(schema);
  if (known) return known;
  const types = new Set<string>();
  const reach = (type: GraphQLNamedType) => {
    if (types.has(type.name)) return;
    types.add(type.name);
    if (isAbstractType(type)) for (const member of schema.getPossibleTypes(type)) reach(member);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) reach(getNamedType(field.type));
    }
  };
  for (const typeName of ROOT_TYPES) {
    const root = schema.getType(typeName);
    if (!isObjectType(root)) continue;
    for (const field of Object.values(root.getFields())) {
      if (PERMISSIONS[`${typeName}.${field.name}`]?.roles === PUBLIC) reach(getNamedType(field.type));
    }
  }
  publicAnswerTypes.set(schema, types);
  return types;
};

/**
 * True when every definition of the document selects only public root fields (and `__typename`)
 * and, below them, only fields of the types those answer with, each of which exists. Fragments are
 * checked where they are defined; their type conditions must be among those types too (so that
 * `... on Node { ... on Household { … } }` under `login` is refused as `plans` is).
 */
const selectsOnlyPublicFields = (schema: GraphQLSchema, document: DocumentNode): boolean => {
  const answerTypes = answerTypesOfPublicFields(schema);
  const within = (type: GraphQLNamedType | null | undefined, selectionSet: SelectionSetNode): boolean => {
    if (!type || !(ROOT_TYPES.includes(type.name) || answerTypes.has(type.name))) return false;
    return selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) return true;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        return within(condition, selection.selectionSet);
      }
      const name = selection.name.value;
      if (name === '__typename') return true;
      if (ROOT_TYPES.includes(type.name) && PERMISSIONS[`${type.name}.${name}`]?.roles !== PUBLIC) return false;
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!field) return false;
      return !selection.selectionSet || within(getNamedType(field.type), selection.selectionSet);
    });
  };
  return document.definitions.every((definition) => {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      return within(schema.getRootType(definition.operation), definition.selectionSet);
    }
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      return within(schema.getType(definition.typeCondition.name.value), definition.selectionSet);
    }
    return false;
  });
};

/** The query and operation name of an HTTP request, read as Apollo Server reads them (runHttpQuery). */
const graphqlRequestOf = (req: Request): { query?: string; operationName?: string } => {
  const pick = (value: unknown) => (typeof value === 'string' ? value : undefined);
  if (req.method === 'POST') {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
    const fields = body as Record<string, unknown>;
    return { query: pick(fields.query), operationName: pick(fields.operationName) };
  }
  if (req.method === 'GET') {
    // url.parse, as @as-integrations/express5 does: the same search string Apollo reads.
    const params = new URLSearchParams(parseUrl(req.url).search ?? '');
    const once = (name: string) => (params.getAll(name).length === 1 ? (params.get(name) ?? undefined) : undefined);
    return { query: once('query'), operationName: once('operationName') };
  }
  return {};
};

/**
 * Refuses, with the one 401 UNAUTHENTICATED, a request without a valid token unless it is a valid
 * operation that selects only public fields (`login`, `__typename`) and what they answer with.
 * Run in the context, before Apollo validates: otherwise "Cannot query field" (400) for a field
 * that does not exist, against 401 for one that does, would tell a stranger what the schema holds.
 * A document that does not parse is left to Apollo's 400: a syntax error names nothing of the schema.
 */
export const strangerGate = (schema: GraphQLSchema) => {
  const rules = [...specifiedRules, ...queryLimitRules];
  return (req: Request): void => {
    const { query, operationName } = graphqlRequestOf(req);
    if (query === undefined) throw unauthenticated();
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: QUERY_LIMITS.tokens });
    } catch {
      return;
    }
    const runnable =
      getOperationAST(document, operationName) !== null &&
      selectsOnlyPublicFields(schema, document) &&
      validate(schema, document, rules).length === 0;
    if (!runnable) throw unauthenticated();
  };
};

/**
 * The same rule once Apollo has resolved the operation, for whatever reaches it without passing
 * `strangerGate`: without a valid token only public fields answer, introspection refused.
 */
export const requireSignInPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document, schema }) {
        if (!contextValue.viewer && !selectsOnlyPublicFields(schema, document)) throw unauthenticated();
      },
    };
  },
};
