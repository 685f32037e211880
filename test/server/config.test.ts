import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';

describe('configuration from the environment', () => {
  it('defaults to the embedded database, demo mode, port 4000 and ./.data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, demo: true, demoPassword: 'demo' });
    expect(config.dataDir).toMatch(/\/\.data$/);
  });

  it('creates demo accounts on a given DATABASE_URL only when DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db', DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ DEMO: '0' }).demo).toBe(false);
  });

  it('migrates as DATABASE_OWNER_URL and serves as DATABASE_URL; one of them alone serves for both', () => {
    const [app, owner] = ['postgres://ansinh_app:a@h/db', 'postgres://ansinh_owner:o@h/db'];
    expect(loadConfig({ DATABASE_URL: app, DATABASE_OWNER_URL: owner })).toMatchObject({
      databaseUrl: app,
      databaseOwnerUrl: owner,
    });
    expect(loadConfig({ DATABASE_URL: app })).toMatchObject({ databaseUrl: app, databaseOwnerUrl: app });
    expect(loadConfig({ DATABASE_OWNER_URL: owner })).toMatchObject({
      databaseUrl: owner,
      databaseOwnerUrl: owner,
      demo: false,
    });
    expect(loadConfig({})).toMatchObject({ databaseUrl: undefined, databaseOwnerUrl: undefined });
  });

  it('keeps a demo server on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('refuses a port that is not a whole number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
  });

  it('limits request bodies to 2 MiB unless MAX_REQUEST_BYTES says otherwise (at least 1 KiB)', () => {
    expect(loadConfig({}).maxRequestBytes).toBe(2_097_152);
    expect(loadConfig({ MAX_REQUEST_BYTES: '30000000' }).maxRequestBytes).toBe(30_000_000);
    expect(() => loadConfig({ MAX_REQUEST_BYTES: '2mb' })).toThrow(/MAX_REQUEST_BYTES must be a whole number/);
    expect(() => loadConfig({ MAX_REQUEST_BYTES: '100' })).toThrow(/MAX_REQUEST_BYTES must be at least 1024/);
  });

  it('allows no other origin unless CORS_ORIGINS lists it', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example.org, http://localhost:5173/ ,,' }).corsOrigins).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
    for (const bad of ['*', 'https://*.example.org', 'a.example.org', 'https://a.example.org/path', 'ftp://a.example'])
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS takes origins like/);
  });

  it('limits requests a minute per user, API token and anonymous address; 0 turns a limit off', () => {
    expect(loadConfig({}).rateLimits).toEqual({ userPerMinute: 600, apiTokenPerMinute: 120, anonymousPerMinute: 60 });
    expect(
      loadConfig({
        RATE_LIMIT_USER_PER_MINUTE: '1200',
        RATE_LIMIT_TOKEN_PER_MINUTE: '30',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
      }).rateLimits,
    ).toEqual({ userPerMinute: 1200, apiTokenPerMinute: 30, anonymousPerMinute: 0 });
    expect(() => loadConfig({ RATE_LIMIT_TOKEN_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_TOKEN_PER_MINUTE must be/);
  });

  it('trusts no proxy for the client address unless TRUST_PROXY says which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });
});
