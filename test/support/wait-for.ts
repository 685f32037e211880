/**
 * Resolves once `condition` holds (it may be async), checking every few milliseconds; fails after
 * `timeout` ms naming `what`. For tests, in place of sleeping for a guessed time.
 */
export const waitFor = async (
  condition: () => boolean | Promise<boolean>,
  { timeout = 5_000, what = 'the condition' }: { timeout?: number; what?: string } = {},
): Promise<void> => {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
