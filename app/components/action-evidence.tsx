import { Form, Link, useSearchParams } from "react-router";
import { useT } from "../i18n/i18n";
import type { ActionEvidenceView } from "../lib/action-evidence.server";
import { KindTag } from "./evidence-ui";
import { Button, SelectField } from "./forms";
import { Panel } from "./ui";

const OUTCOMES = ["linked", "already", "choose"] as const;

/**
 * The action page's "Evidence" section: each linked item with what it is linked to (the action,
 * one of its markers or one of its ratings), and a form that links a library item to the action.
 * The form posts to the library page, which links it and comes back here.
 */
export function ActionEvidence({
  evidence,
  slug,
  actionId,
}: {
  evidence: ActionEvidenceView;
  slug: string;
  actionId: string;
}) {
  const t = useT();
  const [search] = useSearchParams();
  if (!evidence) return null;
  const outcome = OUTCOMES.find((o) => o === search.get("evidence"));
  const linkedHere = new Set(evidence.links.filter((l) => l.target === "action").map((l) => l.evidenceId));
  const choices = evidence.choices?.filter((c) => !linkedHere.has(c.id)) ?? null;
  return (
    <section aria-labelledby="evidence" className="mb-8">
      <h2 id="evidence" className="mb-3 text-2xl font-bold" tabIndex={-1}>
        {t("evidence.actionSection")}
      </h2>
      {outcome === "linked" && <Panel title={t("evidence.actionDone.linked")}>{null}</Panel>}
      {outcome && outcome !== "linked" && (
        <p className="mb-4 border-l-4 border-red-700 pl-3 font-bold" role="alert">
          {t(`evidence.actionDone.${outcome}`)}
        </p>
      )}
      {evidence.links.length === 0 ? (
        <p className="mb-4">{t("evidence.actionNone")}</p>
      ) : (
        <ul className="mb-6 max-w-3xl space-y-3">
          {evidence.links.map((l) => (
            <li key={l.id} className="border-l-4 border-slate-300 pl-4">
              <p className="flex flex-wrap items-center gap-2">
                <Link to={`/i/${slug}/evidence/${l.evidenceId}`} className="font-bold">
                  {l.title}
                </Link>
                <KindTag kind={l.kind as Parameters<typeof KindTag>[0]["kind"]} />
              </p>
              <p>
                {t("evidence.actionLinkedTo", {
                  what: `${t(`evidence.linkTargets.${l.target}`)}${l.detail ? `: ${l.detail}` : ""}`,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {choices && choices.length > 0 && (
        <Form method="post" action={`/i/${slug}/evidence`} className="max-w-3xl">
          <input type="hidden" name="intent" value="link" />
          <input type="hidden" name="actionId" value={actionId} />
          <input type="hidden" name="to" value={`action:${actionId}`} />
          <SelectField
            name="evidenceId"
            label={t("evidence.actionLinkLabel")}
            hint={t("evidence.actionLinkHint")}
            options={[
              { value: "", label: t("evidence.actionChoose") },
              ...choices.map((c) => ({
                value: c.id,
                label: `${c.title} (${t(`evidence.kinds.${c.kind}`)})`,
              })),
            ]}
          />
          <Button>{t("evidence.actionLinkSubmit")}</Button>
        </Form>
      )}
      <p className="mt-4">
        <Link to={`/i/${slug}/evidence`}>{t("evidence.actionLibrary")}</Link>
      </p>
    </section>
  );
}
