/** What the last action came to: announced politely when it worked, at once when it did not. */
export interface Outcome {
  ok: boolean;
  text: string;
}

export function OutcomeMessage({ outcome, testId }: { outcome: Outcome | null; testId?: string }) {
  if (!outcome) return null;
  return (
    <p
      className={outcome.ok ? 'form-success' : 'form-error'}
      role={outcome.ok ? 'status' : 'alert'}
      data-testid={testId}
    >
      {outcome.text}
    </p>
  );
}
