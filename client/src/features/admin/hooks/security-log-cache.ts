import type { ApolloCache } from '@apollo/client';

/** Every administrative change writes a security event: a cached log is out of date after one. */
export function forgetSecurityLog(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'securityEvents' });
  cache.gc();
}
