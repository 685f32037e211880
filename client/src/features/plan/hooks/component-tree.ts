/** What the tree needs from a component: its code ("3", "3.1") and its parent. */
export interface TreeItem {
  id: string;
  code: string;
  parent: { id: string } | null;
}

export interface TreeNode<T extends TreeItem> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * Projects with their sub-projects under them, each level in code order. A component whose parent
 * is not in the list is shown at the top rather than lost.
 */
export function buildComponentTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const nodes = [...items]
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((item): TreeNode<T> => ({ item, children: [] }));
  const byId = new Map(nodes.map((node) => [node.item.id, node]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes) {
    const parent = node.item.parent ? byId.get(node.item.parent.id) : undefined;
    if (parent && parent !== node) {
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}

/** Orders "1" < "2" < "3" < "3.1" < "3.2" < "3.10" < "10": numerically, segment by segment. */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = compareSegments(left[index] ?? '', right[index] ?? '');
    if (order !== 0) {
      return order;
    }
  }
  return left.length - right.length;
}

function compareSegments(a: string, b: string): number {
  const left = Number(a);
  const right = Number(b);
  if (Number.isInteger(left) && Number.isInteger(right) && a !== '' && b !== '') {
    return left - right;
  }
  return a.localeCompare(b);
}
