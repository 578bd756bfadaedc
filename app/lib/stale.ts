/**
 * The fields, in order, whose text differs between the person's copy and the saved one, for the
 * stale-save comparison. Spaces at either end do not count, and a field the person's copy does
 * not carry is not compared (a form may show only some of a record's fields).
 */
export function differingFields<F extends string>(
  fields: readonly F[],
  yours: Partial<Record<F, string>>,
  theirs: Partial<Record<F, string>>,
): F[] {
  return fields.filter((f) => f in yours && (yours[f] ?? "").trim() !== (theirs[f] ?? "").trim());
}
