interface FieldErrorsProps {
  /** The input names it in aria-describedby, so a screen reader reads the problem with the field. */
  id: string;
  messages: readonly string[];
}

/** What is wrong with one input, shown right under it. */
export function FieldErrors({ id, messages }: FieldErrorsProps) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-errors" role="alert">
      {messages.map((message) => (
        <li key={message} className="field-error">
          {message}
        </li>
      ))}
    </ul>
  );
}

/** aria-invalid and aria-describedby for an input, from its hint and its errors. */
export function describedBy(
  errorsId: string,
  messages: readonly string[],
  hintId?: string,
): { 'aria-invalid': boolean; 'aria-describedby': string | undefined } {
  const ids = [hintId, messages.length > 0 ? errorsId : undefined].filter(Boolean);
  return { 'aria-invalid': messages.length > 0, 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined };
}
