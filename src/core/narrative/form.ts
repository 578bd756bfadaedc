import { AppError } from "../errors";
import type { NarrativeDoc } from "./doc";
import { markdownToDoc } from "./markdown";
import { DOC_FIELD, parseDoc } from "./normalize";

/*
 * A narrative answer arrives from a form in one of two fields: `<name>.doc` (the rich editor's tree,
 * as JSON, written by NarrativeEditor after hydration) or `<name>.markdown` (the plain textarea,
 * without JavaScript). The editor removes the textarea's name when it takes over, so exactly one
 * is sent; if both are, the tree wins, as it is what the person last saw.
 */

const read = (form: FormData | Record<string, unknown>, key: string): unknown =>
  form instanceof FormData ? form.get(key) : form[key];

/** Problems with the answer, reported on the answer's own field so the error summary links to it. */
function onField(error: unknown, name: string): never {
  if (error instanceof AppError && error.code === "INVALID") {
    const messages = error.details.fieldErrors?.[DOC_FIELD] ?? [error.message];
    throw new AppError("INVALID", "Some answers need correcting.", { fieldErrors: { [name]: messages } });
  }
  throw error;
}

/** Reads and validates a narrative answer posted by NarrativeEditor (or an API client using the same names). */
export function narrativeFromForm(
  form: FormData | Record<string, unknown>,
  name: string,
): { doc: NarrativeDoc } {
  const json = read(form, `${name}.doc`);
  if (json != null && json !== "") {
    let parsed: unknown = json;
    if (typeof json === "string") {
      try {
        parsed = JSON.parse(json);
      } catch {
        onField(
          new AppError("INVALID", "The answer could not be read: try again, or type it as Markdown."),
          name,
        );
      }
    }
    try {
      return { doc: parseDoc(parsed) };
    } catch (error) {
      onField(error, name);
    }
  }
  const markdown = read(form, `${name}.markdown`);
  try {
    return { doc: markdownToDoc(typeof markdown === "string" ? markdown : "") };
  } catch (error) {
    onField(error, name);
  }
}
