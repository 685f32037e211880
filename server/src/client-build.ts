import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_DIST } from './app';

const CLIENT_ROOT = fileURLToPath(new URL('../../client', import.meta.url));

const newestChange = (path: string): number => {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stats.mtimeMs);
};

/** Builds the console when it has never been built or its sources changed since the last build. */
export const ensureClientBuilt = async (log: (message: string) => void): Promise<void> => {
  const index = join(CLIENT_DIST, 'index.html');
  const sources = [join(CLIENT_ROOT, 'src'), join(CLIENT_ROOT, 'index.html'), join(CLIENT_ROOT, 'vite.config.ts')];
  if (existsSync(index)) {
    const builtAt = statSync(index).mtimeMs;
    if (sources.filter(existsSync).every((source) => newestChange(source) <= builtAt)) return;
  }
  log('building the console (first start or changed sources)...');
  const { build } = await import('vite');
  // Always a production bundle, even when a test runner (NODE_ENV=test) triggers the build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(CLIENT_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
};
