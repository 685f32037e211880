import type { PlanComponentsFragment } from '../../../apollo/generated';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { Section } from '../../../ui/Section';
import type { TreeNode } from '../hooks/component-tree';
import { useComponentTree } from '../hooks/useComponentTree';

type Component = PlanComponentsFragment['components'][number];

/** Projects 1-7 with their sub-projects indented under them. */
export function ComponentTree({ plan }: { plan: PlanComponentsFragment }) {
  const { t } = useI18n();
  const tree = useComponentTree(plan.components);
  return (
    <Section title={t.plan.components}>
      <ol className="component-tree">
        {tree.map((node) => (
          <ComponentItem key={node.item.id} node={node} />
        ))}
      </ol>
    </Section>
  );
}

function ComponentItem({ node }: { node: TreeNode<Component> }) {
  const { t } = useI18n();
  const { item: component, children } = node;
  const isProject = component.kind === 'PROJECT';
  const Heading = isProject ? 'h4' : 'h5';
  return (
    <li
      className={isProject ? 'component is-project' : 'component is-subproject'}
      data-testid={isProject ? `component-${component.code}` : `subproject-${component.code}`}
    >
      <Heading className="component-title">
        {t.plan.componentTitle[component.kind](component.code, component.name)}
      </Heading>
      <dl className="component-facts">
        <Fact term={t.plan.objective} text={component.objective} />
        <Fact term={t.plan.beneficiaries} text={component.beneficiaries} />
      </dl>
      <ItemList title={t.plan.activities} items={component.activities} />
      <ItemList title={t.plan.outputs} items={component.outputs} />
      {children.length > 0 && (
        <ol className="component-children">
          {children.map((child) => (
            <ComponentItem key={child.item.id} node={child} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** A project whose sub-projects carry the detail leaves its own fields empty: say nothing then. */
function Fact({ term, text }: { term: string; text: string }) {
  if (text.trim() === '') {
    return null;
  }
  return (
    <>
      <dt>{term}</dt>
      <dd>{text}</dd>
    </>
  );
}

/** A long list from the plan, folded until asked for. */
function ItemList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <details className="item-list">
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.map((entry) => (
          <li key={entry}>{entry}</li>
        ))}
      </ul>
    </details>
  );
}
