import { readFileSync } from 'node:fs';
import { type DefinitionNode, Kind, parse, print, visit } from 'graphql';

/**
 * One of the console's own operations (client/src/features/<feature>/graphql), as it sends it: the
 * operation and the fragments it spreads, transitively (unused ones would fail validation).
 */
export const consoleOperation = (file: string, name: string): string => {
  const document = parse(readFileSync(file, 'utf8'));
  const wanted = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!wanted) throw new Error(`${file} has no operation ${name}`);
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const used: DefinitionNode[] = [wanted];
  for (let i = 0; i < used.length; i += 1) {
    visit(used[i], {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.includes(fragment)) used.push(fragment);
      },
    });
  }
  return used.map((definition) => print(definition)).join('\n');
};
