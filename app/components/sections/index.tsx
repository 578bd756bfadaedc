import type { FieldErrors } from "../../../src/core/errors";
import type { SectionContext, SectionKind } from "../../../src/core/submissions/sections/context";
import type { CrossReferencesData } from "../../../src/core/submissions/sections/cross-references";
import type { GovernanceData } from "../../../src/core/submissions/sections/governance";
import type { ImpactEvidenceData } from "../../../src/core/submissions/sections/impact-evidence";
import { readSectionData, sectionLists } from "../../../src/core/submissions/sections/index";
import type { NewPlanData } from "../../../src/core/submissions/sections/new-plan";
import type { PublicPageData } from "../../../src/core/submissions/sections/public-page";
import type { TalentData } from "../../../src/core/submissions/sections/talent";
import type { TechnicianVoiceDraft } from "../../../src/core/submissions/sections/technician-voice";
import { useT } from "../../i18n/i18n";
import { DefaultSubmit } from "../forms";
import { CrossReferencesFields, CrossReferencesView } from "./cross-references";
import { GovernanceFields, GovernanceView } from "./governance";
import { ImpactEvidenceFields, ImpactEvidenceView } from "./impact-evidence";
import { NewPlanFields, NewPlanView } from "./new-plan";
import { PublicPageFields, PublicPageView } from "./public-page";
import { TalentFields, TalentView } from "./talent";
import { TechnicianVoiceFields, TechnicianVoiceView } from "./technician-voice";

/**
 * A section's structured part, whatever its kind. `SectionFields` gives the inputs only — the page
 * wraps them in its form with the narrative and the save buttons — named by the paths the section's
 * schema reports errors under, so `errors` land on their fields. Row buttons post `intent`
 * ("add:groups", "remove:answers:2"); the page applies it with `applyRowIntent` and shows the form
 * again. Any other submit (no intent, or one `isRowIntent` does not know) is a save. `data` is read leniently: stored data, or the form's own data after a refused save (a count
 * typed as words is shown as typed). The RAG analysis is not drawn here.
 */
export function SectionFields({
  kind,
  data,
  errors,
  context,
}: {
  kind: SectionKind;
  data: unknown;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const t = useT();
  if (kind === "rag-analysis") return null;
  return (
    <>
      {/* Enter in a field must save, not press the first row's "Remove": this unseen button comes first
          and posts no intent, which the page reads as a save. */}
      {sectionLists(kind).length > 0 && <DefaultSubmit>{t("sections.save")}</DefaultSubmit>}
      <KindFields kind={kind} data={data} errors={errors} context={context} />
    </>
  );
}

function KindFields({
  kind,
  data,
  errors,
  context,
}: {
  kind: Exclude<SectionKind, "rag-analysis">;
  data: unknown;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const d = readSectionData(kind, data);
  switch (kind) {
    case "governance":
      return <GovernanceFields data={d as GovernanceData} errors={errors} context={context} />;
    case "impact-evidence":
      return <ImpactEvidenceFields data={d as ImpactEvidenceData} errors={errors} context={context} />;
    case "talent":
      return <TalentFields data={d as TalentData} errors={errors} context={context} />;
    case "new-plan":
      return <NewPlanFields data={d as NewPlanData} errors={errors} context={context} />;
    case "technician-voice":
      return <TechnicianVoiceFields data={d as TechnicianVoiceDraft} errors={errors} context={context} />;
    case "public-page":
      return <PublicPageFields data={d as PublicPageData} errors={errors} context={context} />;
    case "cross-references":
      return <CrossReferencesFields data={d as CrossReferencesData} errors={errors} context={context} />;
  }
}

/** The structured part read-only (check answers, frozen versions): summary lists and tables. */
export function SectionView({
  kind,
  data,
  context,
}: {
  kind: SectionKind;
  data: unknown;
  context: SectionContext;
}) {
  if (kind === "rag-analysis") return null;
  const d = readSectionData(kind, data);
  switch (kind) {
    case "governance":
      return <GovernanceView data={d as GovernanceData} context={context} />;
    case "impact-evidence":
      return <ImpactEvidenceView data={d as ImpactEvidenceData} context={context} />;
    case "talent":
      return <TalentView data={d as TalentData} context={context} />;
    case "new-plan":
      return <NewPlanView data={d as NewPlanData} context={context} />;
    case "technician-voice":
      return <TechnicianVoiceView data={d as TechnicianVoiceDraft} context={context} />;
    case "public-page":
      return <PublicPageView data={d as PublicPageData} context={context} />;
    case "cross-references":
      return <CrossReferencesView data={d as CrossReferencesData} context={context} />;
  }
}
