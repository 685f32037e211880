import { useMemo } from 'react';
import { buildComponentTree, type TreeItem, type TreeNode } from './component-tree';

export function useComponentTree<T extends TreeItem>(components: readonly T[]): TreeNode<T>[] {
  return useMemo(() => buildComponentTree(components), [components]);
}
