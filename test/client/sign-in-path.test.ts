import { describe, expect, it } from 'vitest';
import { returnPath } from '../../client/src/features/access/components/sign-in-path';

describe('returnPath', () => {
  it('goes back to the page that asked for sign-in, with its query', () => {
    expect(returnPath({ from: '/plan?year=2022' })).toBe('/plan?year=2022');
  });

  it('goes home when nothing asked', () => {
    expect(returnPath(null)).toBe('/');
    expect(returnPath(undefined)).toBe('/');
    expect(returnPath({})).toBe('/');
  });

  it('never leaves the console', () => {
    expect(returnPath({ from: 'https://example.org/' })).toBe('/');
    expect(returnPath({ from: '//example.org/plan' })).toBe('/');
    expect(returnPath({ from: '/\\example.org/plan' })).toBe('/');
    expect(returnPath({ from: 42 })).toBe('/');
  });
});
