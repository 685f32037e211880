import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

// The rules `npm run lint` checks the real tree against (.dependency-cruiser.cjs), run here on
// small made-up trees: each rule must fire on the import it forbids, and not on the allowed ones.
const { forbidden } = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as IConfiguration;

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** The rules broken by a tree of files, each given as its path and the paths it imports. */
const violationsOf = async (files: Record<string, string[]>): Promise<string[]> => {
  const root = await mkdtemp(join(tmpdir(), 'ansinh-boundaries-'));
  roots.push(root);
  for (const [file, imports] of Object.entries(files)) {
    await mkdir(join(root, dirname(file)), { recursive: true });
    const lines = imports.map((target, index) => `import { x as x${index} } from '${target}';`);
    await writeFile(join(root, file), `${lines.join('\n')}\nexport const x = 1;\n`);
  }
  const tops = [...new Set(Object.keys(files).map((file) => file.split('/')[0]))];
  const { output } = await cruise(tops, {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden },
    tsPreCompilationDeps: true,
  });
  if (typeof output === 'string') throw new Error('expected a cruise result');
  return [...new Set(output.summary.violations.map((violation) => violation.rule.name))].sort();
};

describe('the module boundaries (npm run lint)', () => {
  it('let a module use another through its entry, and the app use both entries', async () => {
    expect(
      await violationsOf({
        'server/src/common/helper.ts': [],
        'server/src/modules/places/admin-unit.entity.ts': ['../../common/helper'],
        'server/src/modules/places/index.ts': ['./admin-unit.entity'],
        'server/src/modules/plan/plan.entity.ts': ['../places', './target.entity'],
        'server/src/modules/plan/target.entity.ts': ['./plan.entity'],
        'server/src/modules/plan/index.ts': ['./plan.entity'],
        'server/src/modules/index.ts': ['./places', './plan'],
        'server/src/schema.ts': ['./modules', './modules/plan'],
        'server/src/db/seeders/plan.seeder.ts': ['../../modules/plan/plan.entity'],
        'client/src/features/plan/index.ts': [],
        'client/src/features/targets/TargetsPage.tsx': ['../plan'],
      }),
    ).toEqual([]);
  });

  it('refuse common code that imports a module', async () => {
    expect(
      await violationsOf({
        'server/src/modules/places/index.ts': [],
        'server/src/common/node.resolver.ts': ['../modules/places'],
      }),
    ).toEqual(['common-knows-no-feature']);
  });

  it("refuse a module that imports another module's files", async () => {
    expect(
      await violationsOf({
        'server/src/modules/households/target-actual.service.ts': [],
        'server/src/modules/households/index.ts': [],
        'server/src/modules/reports/results.ts': ['../households/target-actual.service'],
      }),
    ).toEqual(['module-through-public-entry']);
  });

  it("refuse the app around the modules reaching into a module's files", async () => {
    expect(
      await violationsOf({
        'server/src/modules/access/auth.ts': [],
        'server/src/app.ts': ['./modules/access/auth'],
      }),
    ).toEqual(['app-through-module-entry']);
  });

  it('refuse a module file that imports its own entry', async () => {
    expect(
      await violationsOf({
        'server/src/modules/plan/plan.entity.ts': [],
        'server/src/modules/plan/index.ts': ['./plan.entity'],
        'server/src/modules/plan/plan.resolver.ts': ['.'],
      }),
    ).toEqual(['module-not-through-own-entry']);
  });

  it('refuse a cycle between modules, even through their entries and different files', async () => {
    expect(
      await violationsOf({
        'server/src/modules/plan/target.resolver.ts': ['../households'],
        'server/src/modules/plan/target.entity.ts': [],
        'server/src/modules/plan/index.ts': ['./target.entity'],
        'server/src/modules/households/target-actual.service.ts': ['../plan'],
        'server/src/modules/households/index.ts': ['./target-actual.service'],
      }),
    ).toEqual(['no-module-cycle']);
  });

  it("refuse a console feature that imports another feature's insides", async () => {
    expect(
      await violationsOf({
        'client/src/features/plan/components/YearSelect.tsx': [],
        'client/src/features/plan/index.ts': ['./components/YearSelect'],
        'client/src/features/targets/TargetsPage.tsx': ['../plan/components/YearSelect'],
      }),
    ).toEqual(['client-feature-through-public-entry']);
  });
});
