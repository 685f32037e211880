import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root: node_modules/.bin/graphql-codegen --config client/codegen.ts
// The emitted schema.graphql is the only input; the output is committed so builds need no codegen.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema.graphql',
  documents: ['client/src/**/*.graphql'],
  generates: {
    'client/src/apollo/generated.ts': {
      // typescript-operations 6 emits the enums and inputs the operations use, so the separate
      // `typescript` plugin would only declare them a second time.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // Money and Date travel as strings; money is never a JS number.
        scalars: {
          Money: 'string',
          Date: 'string',
          DateTime: 'string',
        },
        defaultScalarType: 'unknown',
        enumType: 'string-literal',
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
