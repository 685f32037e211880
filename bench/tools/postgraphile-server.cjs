// PostGraphile 4 over the product's database, for bench/compare.ts and bench/questions/verify.ts.
// Run only as a separate process (its graphql 15 must never load next to the product's graphql 16):
//   DATABASE_URL=postgres://… PORT=5055 node bench/tools/postgraphile-server.cjs
// Serves public (the product's tables) and bench (functions the harness creates for the aggregates).
// No mutations at all (disableDefaultMutations; the bench functions are stable, so queries).
const http = require('node:http');
const { postgraphile } = require('postgraphile');
const PgSimplifyInflectorPlugin = require('@graphile-contrib/pg-simplify-inflector');

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('postgraphile-server: DATABASE_URL is required');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 5055);

const middleware = postgraphile(databaseUrl, ['public', 'bench'], {
  appendPlugins: [PgSimplifyInflectorPlugin],
  // Lists where the questions want whole sets (the grid), connections where they page (households).
  simpleCollections: 'both',
  disableDefaultMutations: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  graphiql: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  watchPg: false,
  // Production-like: no stack traces, no explain.
  showErrorStack: false,
});

const server = http.createServer(middleware);
server.listen(port, '127.0.0.1', () => console.log(`[postgraphile] listening on http://127.0.0.1:${port}/graphql`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
