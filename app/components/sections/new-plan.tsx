import type { FieldErrors } from "../../../src/core/errors";
import type { SectionContext } from "../../../src/core/submissions/sections/context";
import type { NewPlanData } from "../../../src/core/submissions/sections/new-plan";
import { useT } from "../../i18n/i18n";
import { formatDate } from "../../lib/format";
import { ChoiceField } from "../forms";
import { SummaryList } from "../ui";

type Plan = SectionContext["plans"][number];

function usePlanWords() {
  const t = useT();
  const period = (p: Plan) =>
    t("sections.newPlan.period", { start: formatDate(p.startsOn), end: formatDate(p.endsOn) });
  const status = (p: Plan) => t(`planStatus.${p.status}`, { defaultValue: p.status });
  return { t, period, status };
}

/** The new action plan: one of the institution's plans, each shown with its period and status. */
export function NewPlanFields({
  data,
  errors,
  context,
}: {
  data: NewPlanData;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const { t, period, status } = usePlanWords();
  if (context.plans.length === 0)
    return (
      <p className="mb-6">
        {t("sections.newPlan.noPlans")}{" "}
        <a href={`/i/${context.slug}/plans/new`}>{t("sections.newPlan.createPlan")}</a>
      </p>
    );
  return (
    <ChoiceField
      type="radio"
      name="planId"
      legend={t("sections.newPlan.plan")}
      hint={t("sections.newPlan.hint")}
      errors={errors}
      options={[
        ...context.plans.map((p) => ({
          value: p.id,
          label: p.title,
          hint: t("sections.newPlan.option", { period: period(p), status: status(p) }),
        })),
        { value: "", label: t("sections.newPlan.noneYet") },
      ]}
      checked={[data.planId ?? ""]}
    />
  );
}

export function NewPlanView({ data, context }: { data: NewPlanData; context: SectionContext }) {
  const { t, period, status } = usePlanWords();
  const plan = context.plans.find((p) => p.id === data.planId);
  if (!data.planId) return <p className="mb-6 text-slate-600">{t("sections.newPlan.noneYet")}</p>;
  if (!plan) return <p className="mb-6 text-slate-600">{t("sections.newPlan.notInList")}</p>;
  return (
    <SummaryList
      rows={[
        {
          key: t("sections.newPlan.title"),
          value: <a href={`/i/${context.slug}/plans/${plan.id}`}>{plan.title}</a>,
        },
        { key: t("sections.newPlan.periodLabel"), value: period(plan) },
        { key: t("sections.newPlan.status"), value: status(plan) },
      ]}
    />
  );
}
