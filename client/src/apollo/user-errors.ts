/** A payload's userError, as every operation selects it. */
export interface UserErrorLike {
  code: string;
  message: string;
  field: readonly string[] | null;
}

export interface SortedUserErrors<F extends string> {
  /** Errors that name one of the form's inputs, to show next to it. */
  fields: Partial<Record<F, UserErrorLike[]>>;
  /** The rest, for the top of the form. */
  form: UserErrorLike[];
}

/** Puts each userError beside the input its `field` names (the first path segment), or on the form. */
export function sortUserErrors<F extends string>(
  errors: readonly UserErrorLike[],
  fields: readonly F[],
): SortedUserErrors<F> {
  const sorted: SortedUserErrors<F> = { fields: {}, form: [] };
  for (const error of errors) {
    const name = error.field?.[0];
    const field = fields.find((candidate) => candidate === name);
    if (field === undefined) {
      sorted.form.push(error);
    } else {
      const list = sorted.fields[field] ?? [];
      list.push(error);
      sorted.fields[field] = list;
    }
  }
  return sorted;
}
