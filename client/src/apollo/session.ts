import type { ApolloClient } from '@apollo/client';
import { useSyncExternalStore } from 'react';

// The bearer token from `login`, kept across reloads; every tab of the console shares it.
const TOKEN_KEY = 'ansinh.token';

const listeners = new Set<() => void>();

export function readToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
  notify();
}

/** Drops the token and everything the previous user loaded; the console then shows sign-in. */
export async function endSession(client: ApolloClient): Promise<void> {
  localStorage.removeItem(TOKEN_KEY);
  notify();
  await client.clearStore();
}

/** The current token; components re-render when it is stored or dropped, here or in another tab. */
export function useSessionToken(): string | null {
  return useSyncExternalStore(subscribe, readToken);
}

function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_KEY || event.key === null) {
      listener();
    }
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function notify(): void {
  for (const listener of listeners) {
    listener();
  }
}
