import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { noPubSub } from './common/event-bus';
import { MODULE_RESOLVERS } from './modules';
import { applyPermissions } from './modules/access';

// Each module lists its own in its manifest (modules/<module>/<module>.module.ts), `node` first.
export const RESOLVERS = MODULE_RESOLVERS;

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export const buildSchema = (): Promise<GraphQLSchema> => {
  schema ??= buildTypeGraphQLSchema({
    resolvers: [...RESOLVERS],
    validate: false,
    // Required once there is a subscription; ours read the event bus from their context instead.
    pubSub: noPubSub,
  }).then((built) => applyPermissions(built));
  return schema;
};

/** The SDL committed as schema.graphql: sorted, so that diffs show real changes only. */
export const printSortedSchema = async (): Promise<string> =>
  `${printSchema(lexicographicSortSchema(await buildSchema()))}\n`;

// `npm run schema` writes schema.graphql at the project root.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const target = new URL('../../schema.graphql', import.meta.url);
  await writeFile(target, await printSortedSchema());
  console.log(`wrote ${target.pathname}`);
}
