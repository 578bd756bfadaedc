import type { Deadline } from "../../src/core/windows/deadline-facts.server";
import { useT } from "../i18n/i18n";
import { formatDate } from "../lib/format";
import { Tag } from "./ui";

type Next = NonNullable<Deadline["next"]>;

/** Days remaining or overdue as a worded tag: the words carry the meaning, colour only repeats it. */
export function DeadlineTag({ next }: { next: Pick<Next, "isOverdue" | "daysOverdue" | "daysRemaining"> }) {
  const t = useT();
  if (next.isOverdue) return <Tag tone="red">{t("windows.overdue", { count: next.daysOverdue })}</Tag>;
  if (next.daysRemaining === 0) return <Tag tone="yellow">{t("windows.dueToday")}</Tag>;
  return (
    <Tag tone={next.daysRemaining <= 90 ? "yellow" : "green"}>
      {t("windows.daysRemaining", { count: next.daysRemaining })}
    </Tag>
  );
}

/** Which rule gave the window, in words. */
export function DeadlineRule({ next }: { next: Next }) {
  const t = useT();
  return next.rule === "initial"
    ? t("windows.ruleInitial", { date: formatDate(next.signedOn) })
    : t("windows.ruleRenewal", { date: formatDate(next.submittedOn), window: formatDate(next.madeInWindow) });
}

/** The institution's next window, where it stands and why; for the home and the history page. */
export function DeadlineSummary({ deadline }: { deadline: Deadline }) {
  const t = useT();
  const { next } = deadline;
  if (!next) return <p className="mb-3">{t("windows.unknown")}</p>;
  return (
    <div className="mb-3 max-w-3xl border-l-4 border-teal-800 pl-4">
      <p className="text-slate-700">{t("windows.nextWindow")}</p>
      <p className="text-xl font-bold">
        <time dateTime={next.closesOn}>{next.label}</time>
      </p>
      <p className="mb-2 flex flex-wrap items-center gap-2">
        <DeadlineTag next={next} />
        <span>{t("windows.closes", { label: next.label })}</span>
      </p>
      <p>
        <DeadlineRule next={next} />
      </p>
      {deadline.hasOwnSchedule && (
        <p>
          {t("windows.ownSchedule", {
            months: deadline.dueMonths.map((m) => t(`windows.months.${m}`)).join(", "),
          })}
        </p>
      )}
    </div>
  );
}
