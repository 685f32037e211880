/** A payload's userError, as every operation selects it. */
export interface UserErrorLike {
  code: string;
  message: string;
  field: readonly string[] | null;
}

/**
 * The path inside the mutation's `input` argument that a userError's `field` names: every
 * mutation takes one `input`, so the server's fields read ["input", "changes", "3", "amount"]
 * (docs/api.md). Null when the error names no input (a refused sign-in, a failure of the whole
 * request).
 */
export function inputPath(field: readonly string[] | null | undefined): readonly string[] | null {
  if (field?.[0] !== 'input' || field.length < 2) return null;
  return field.slice(1);
}

/**
 * The first of a form's inputs that the error's path falls under, or undefined. An input is
 * named by its dotted path inside `input` ("submittedOn", "figures.poorHouseholds"), and an
 * error deeper down (["input", "attachment", "contentBase64"]) falls under "attachment".
 */
export function inputOfError<F extends string>(
  field: readonly string[] | null | undefined,
  inputs: readonly F[],
): F | undefined {
  const path = inputPath(field);
  if (!path) return undefined;
  return inputs.find((input) => {
    const segments = input.split('.');
    return segments.length <= path.length && segments.every((segment, index) => segment === path[index]);
  });
}

export interface SortedUserErrors<F extends string> {
  /** Errors that name one of the form's inputs, to show next to it. */
  fields: Partial<Record<F, UserErrorLike[]>>;
  /** The rest, for the top of the form. */
  form: UserErrorLike[];
}

/** Puts each userError beside the input its `field` names (see inputOfError), or on the form. */
export function sortUserErrors<F extends string>(
  errors: readonly UserErrorLike[],
  inputs: readonly F[],
): SortedUserErrors<F> {
  const sorted: SortedUserErrors<F> = { fields: {}, form: [] };
  for (const error of errors) {
    const input = inputOfError(error.field, inputs);
    if (input === undefined) {
      sorted.form.push(error);
    } else {
      const list = sorted.fields[input] ?? [];
      list.push(error);
      sorted.fields[input] = list;
    }
  }
  return sorted;
}
