import type { SubmissionState, TaskStatus } from "../../src/core/submissions/submission-rules";
import { useT } from "../i18n/i18n";
import { formatDate } from "../lib/format";
import { Tag } from "./ui";

const STATE_TONES = { draft: "grey", ready: "blue", signed: "yellow", submitted: "green" } as const;

/** A submission's state in words: draft, ready for sign-off, signed, submitted. */
export function StateTag({ state }: { state: SubmissionState }) {
  const t = useT();
  return <Tag tone={STATE_TONES[state]}>{t(`submission.states.${state}`)}</Tag>;
}

const TASK_TONES = { "not-started": "grey", "in-progress": "blue", complete: "green" } as const;

/** A section's state on the task list, as GOV.UK's task list pattern words it. */
export function TaskTag({ status, id }: { status: TaskStatus; id?: string }) {
  const t = useT();
  return (
    <span id={id}>
      <Tag tone={TASK_TONES[status]}>{t(`submission.tasks.${status}`)}</Tag>
    </span>
  );
}

/** Who signed a version, in which block, when: typed name and role as they gave them. */
export function SignatureList({
  signatures,
}: {
  signatures: { block: string; typedName: string; role: string; signedOn: string }[];
}) {
  const t = useT();
  if (!signatures.length) return <span className="block">{t("submission.noSignatures")}</span>;
  return (
    <ul className="mt-1 list-disc pl-6">
      {signatures.map((sig) => (
        <li key={sig.block}>
          {t("submission.signedBy", {
            block: t(`submission.blocks.${sig.block}`),
            name: sig.typedName,
            role: sig.role,
            date: formatDate(sig.signedOn),
          })}
        </li>
      ))}
    </ul>
  );
}
