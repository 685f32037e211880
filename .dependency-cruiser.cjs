// The module boundaries, checked by `npm run lint` (docs/architecture.md, "Modules").
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'common-knows-no-feature',
      comment:
        'server/src/common holds feature-free helpers: it never imports a module. A feature registers what it ' +
        'brings through its manifest (modules/<m>/<m>.module.ts), listed in modules/index.ts.',
      severity: 'error',
      from: { path: '^server/src/common/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'module-through-public-entry',
      comment:
        "A module uses another module only through that module's public entry (modules/<m>/index.ts), " +
        'never through its files.',
      severity: 'error',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: {
        path: '^server/src/modules/[^/]+/',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'app-through-module-entry',
      comment:
        'The app around the modules (app.ts, context.ts, schema.ts, db/, modules/index.ts) uses a module through ' +
        'its entry too. The seeders are left out: they are data for the modules, written through their services.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/(common/|modules/[^/]+/|db/seeders/)' },
      to: { path: '^server/src/modules/[^/]+/', pathNot: '^server/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'module-not-through-own-entry',
      comment:
        "A module's files import each other directly, never through the module's own index.ts: the entry " +
        'loads the whole module, so going through it from inside makes an import cycle.',
      severity: 'error',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: { path: '^server/src/modules/$1/index\\.ts$' },
    },
    {
      name: 'no-module-cycle',
      comment:
        'Modules depend on each other in one direction only (places, documents < access < plan < budget < ' +
        'households < reports): a cycle between two modules is a sign one of them holds the other one’s code.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^server/src/modules/[^/]+' },
      to: { path: '^server/src/modules/[^/]+', circular: true },
    },
    {
      name: 'client-feature-through-public-entry',
      comment: "A console feature never imports another feature's insides (the style guide).",
      severity: 'error',
      from: { path: '^client/src/features/([^/]+)/' },
      to: {
        path: '^client/src/features/[^/]+/',
        pathNot: ['^client/src/features/$1/', '^client/src/features/[^/]+/index\\.tsx?$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^server/src/db/migrations/' },
  },
};
