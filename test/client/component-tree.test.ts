import { describe, expect, it } from 'vitest';
import { buildComponentTree, compareCodes } from '../../client/src/features/plan/hooks/component-tree';

interface Item {
  id: string;
  code: string;
  parent: { id: string } | null;
}

function item(code: string, parentCode?: string): Item {
  return { id: `c${code}`, code, parent: parentCode ? { id: `c${parentCode}` } : null };
}

/** The tree as nested codes, which is what the page shows. */
function outline(items: Item[]): unknown[] {
  const walk = (nodes: ReturnType<typeof buildComponentTree<Item>>): unknown[] =>
    nodes.map((node) => (node.children.length ? [node.item.code, walk(node.children)] : node.item.code));
  return walk(buildComponentTree(items));
}

describe('compareCodes', () => {
  it('orders codes numerically, segment by segment', () => {
    const codes = ['10', '3.10', '2', '3.2', '3', '1', '3.1'];
    expect([...codes].sort(compareCodes)).toEqual(['1', '2', '3', '3.1', '3.2', '3.10', '10']);
  });
});

describe('buildComponentTree', () => {
  it('puts sub-projects under their project, each level in code order', () => {
    const components = [
      item('4.2', '4'),
      item('7'),
      item('3.2', '3'),
      item('1'),
      item('3'),
      item('4.1', '4'),
      item('3.1', '3'),
      item('2'),
      item('4'),
    ];
    expect(outline(components)).toEqual(['1', '2', ['3', ['3.1', '3.2']], ['4', ['4.1', '4.2']], '7']);
  });

  it('keeps a component whose parent is missing, at the top level', () => {
    expect(outline([item('6.1', '6'), item('5')])).toEqual(['5', '6.1']);
  });

  it('returns the components themselves, not copies', () => {
    const project = item('1');
    const [root] = buildComponentTree([project]);
    expect(root?.item).toBe(project);
  });
});
