import type { EntityClass } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import type { NodeTypes } from './node.resolver';

/**
 * What a feature module brings to the server, declared once in its `<module>.module.ts` and listed
 * in `modules/index.ts`: the ORM's entities, the schema's resolvers and the `node(id:)` types are
 * built from these manifests, so that common code and the central lists name no feature.
 */
export interface FeatureModule {
  /** The module's folder under server/src/modules. */
  name: string;
  /** Every entity the module maps (MikroORM is given the list, not a folder to scan). */
  entities: readonly EntityClass<object>[];
  /** Its type-graphql resolvers, field resolvers on other modules' types included. */
  resolvers: readonly ClassType[];
  /** Its types fetchable by global ID with `node(id:)`, and who may fetch them. */
  nodeTypes: NodeTypes;
  /** Its code enum(s) (`<module>.errors.ts`): every way the module answers a userError. */
  errorCodes: readonly Readonly<Record<string, string>>[];
}
