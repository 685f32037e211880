import { createNodeResolver, type NodeRule, type NodeTypes } from '../common/node.resolver';
import { accessModule, tokenReaches } from './access';
import { budgetModule } from './budget';
import { documentsModule } from './documents';
import { householdsModule } from './households';
import { placesModule } from './places';
import { planModule } from './plan';
import { reportsModule } from './reports';

/**
 * Every feature module, the one list: the ORM's entities (db/entities.ts), the schema's resolvers
 * (schema.ts) and the `node(id:)` types are built from it. A new module adds its manifest here.
 * The order is the order of the entities given to the ORM (and so of a generated migration's
 * statements); nothing else depends on it.
 */
export const MODULES = [
  placesModule,
  documentsModule,
  planModule,
  accessModule,
  budgetModule,
  householdsModule,
  reportsModule,
] as const;

/** Each Node type, from the module that owns it; a name registered by two modules is refused. */
export const NODE_TYPES: NodeTypes = (() => {
  const types: Record<string, NodeRule> = {};
  for (const module of MODULES) {
    for (const [name, rule] of Object.entries(module.nodeTypes)) {
      if (types[name]) throw new Error(`Node type ${name} is registered twice (modules/index.ts)`);
      types[name] = rule;
    }
  }
  return types;
})();

/** `node(id:)`, over the types above; an API token fetches only within its scopes' areas. */
export const NodeResolver = createNodeResolver(NODE_TYPES, tokenReaches);

export const MODULE_ENTITIES = MODULES.flatMap((module) => module.entities);

export const MODULE_RESOLVERS = [NodeResolver, ...MODULES.flatMap((module) => module.resolvers)] as const;
