import { data } from "react-router";
import { type FormFailure, formFailure } from "./errors.server";
import { type FormLists, listValues, remapErrors } from "./plan-forms";

export type PlanFormFailure = FormFailure & { lists: FormLists };

/**
 * `formFailure` for the plan forms: also keeps the ticked boxes of checkbox groups (which
 * `values` would flatten to the last one) and renames error keys to the form's own fields.
 */
export function planFormFailure(
  error: unknown,
  form: FormData,
  options: { lists?: readonly string[]; fieldFor?: (key: string) => string } = {},
) {
  const failure = formFailure(error, form);
  const body: PlanFormFailure = {
    ...failure.data,
    fieldErrors: options.fieldFor
      ? remapErrors(failure.data.fieldErrors, options.fieldFor)
      : failure.data.fieldErrors,
    lists: listValues(form, options.lists ?? []),
  };
  return data(body, failure.init ?? undefined);
}
