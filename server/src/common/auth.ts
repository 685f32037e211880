import type { ApolloServerPlugin } from '@apollo/server';
import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';
import { type AuthChecker, Extensions } from 'type-graphql';
import type { Context } from '../context';
import type { Role } from '../modules/access/role';
import { forbidden, unauthenticated } from './errors';

/** Marks a root field that answers without a signed-in viewer (only `login`). */
export const Public = () => Extensions({ public: true });

/** `@Authorized(roles)`: signed in, and holding one of the roles when any are listed. */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length === 0 || context.viewer.roles.some((role) => roles.includes(role))) return true;
  throw forbidden(`${info.parentType.name}.${info.fieldName}`);
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
          if (!rootType?.getFields()[name]?.extensions?.public) throw unauthenticated();
        }
      },
    };
  },
};
