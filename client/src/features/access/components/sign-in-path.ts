export const SIGN_IN_PATH = '/sign-in';

const HOME_PATH = '/';

/** Where to go after signing in: back to the page that asked for it, if there was one. */
export function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    // Only a path inside the console, never another origin.
    if (typeof from === 'string' && /^\/(?![/\\])/.test(from)) {
      return from;
    }
  }
  return HOME_PATH;
}
