import type { EntityName } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { fromGlobalId, NodeEntity } from './node';

export type NodeRule = {
  entity: EntityName<NodeEntity>;
  /** Checked before loading, from the id alone. */
  canRead?: (context: Context, id: number) => boolean;
  /** Checked on the loaded row, for rules that depend on what it is (its commune). */
  canSee?: (context: Context, node: NodeEntity) => Promise<boolean>;
};

/** Each Node type by name, and who may fetch it by id (default: any signed-in viewer). */
export type NodeTypes = Readonly<Record<string, NodeRule>>;

/**
 * The `node(id:)` query over the Node types the modules register (modules/index.ts). `reaches` is
 * asked first for every type: the access module's check that an API token stays within its scopes.
 * Call it once: each call defines the query again.
 */
export const createNodeResolver = (nodeTypes: NodeTypes, reaches: (context: Context, typeName: string) => boolean) => {
  @Resolver()
  class NodeResolver {
    @Query(() => NodeEntity, {
      nullable: true,
      description: 'Any object by its global ID; null when unknown or not yours to see.',
    })
    async node(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<NodeEntity | null> {
      const decoded = fromGlobalId(id);
      const rule = decoded && nodeTypes[decoded.type];
      if (!decoded || !rule) return null;
      if (rule.canRead && !rule.canRead(context, decoded.id)) return null;
      if (!reaches(context, decoded.type)) return null;
      const node = await context.em.findOne(rule.entity, decoded.id);
      if (node && rule.canSee && !(await rule.canSee(context, node))) return null;
      return node;
    }
  }
  return NodeResolver;
};
