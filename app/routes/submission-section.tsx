import { Link, redirect, useActionData, useLoaderData } from "react-router";
import { narrativeFromForm } from "../../src/core/narrative/form";
import { docToMarkdown } from "../../src/core/narrative/markdown";
import { getSection } from "../../src/core/submissions/get-section.server";
import { rateInAnalysis } from "../../src/core/submissions/rate-in-analysis.server";
import { saveAnswer } from "../../src/core/submissions/save-answer.server";
import { applyRowIntent } from "../../src/core/submissions/sections/index";
import { ZHeaderData } from "../../src/core/submissions/submission-fields";
import { windowLabel } from "../../src/core/windows/windows";
import { ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { AnswerMerge } from "../components/submission-merge";
import { RagAnalysisSection } from "../components/submission-rag";
import { SectionForm } from "../components/submission-section-form";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import { sectionDataFromForm } from "../lib/section-forms";
import type { Route } from "./+types/submission-section";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({
        slug: h.slug,
        submissionId: (await h.newSubmission()).submissionId,
        sectionKey: "q1",
      }),
      allow: MEMBERS_OWN,
    },
    {
      method: "POST",
      params: async (h) => ({
        slug: h.slug,
        submissionId: (await h.newSubmission()).submissionId,
        sectionKey: "q1",
      }),
      body: () => ({
        intent: "save",
        version: "0",
        "answer.markdown": "Our technical staff, in brief.",
        complete: "no",
      }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

export const meta = () => [
  { title: `${translate("submission.sectionTitle")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const view = await getSection(ctx, params.slug, params.submissionId, params.sectionKey);
    return { view, markdown: view.answer?.narrative ? docToMarkdown(view.answer.narrative) : "" };
  } catch (error) {
    pageError(error, request);
  }
}

/** The structured kind of the section, if it has one ("header" and cross-references included). */
function kindOf(view: Awaited<ReturnType<typeof getSection>>) {
  if (view.shape.kind === "header") return "header" as const;
  if (view.shape.kind === "cross-references") return "cross-references" as const;
  return view.shape.question.structured;
}

function readData(kind: ReturnType<typeof kindOf>, form: FormData): unknown {
  if (kind === "header")
    return {
      leadNames: form.get("leadNames") ?? "",
      email: form.get("email") ?? "",
      contactNumber: form.get("contactNumber") ?? "",
    };
  if (!kind || kind === "rag-analysis") return undefined;
  return sectionDataFromForm(kind, form);
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "save");
  const here = `/i/${params.slug}/submissions/${params.submissionId}`;
  try {
    const view = await getSection(ctx, params.slug, params.submissionId, params.sectionKey);
    const kind = kindOf(view);
    if (intent === "rate") {
      await rateInAnalysis(ctx, params.slug, params.submissionId, String(form.get("actionId") ?? ""), {
        level: form.get("level") ?? "",
        qualifier: form.get("qualifier") ?? "",
        commentary: form.get("commentary") ?? "",
        assessedOn: form.get("assessedOn") ?? "",
      });
      return redirect(`${here}/sections/${params.sectionKey}?rated=${form.get("actionId")}#rag-analysis`);
    }
    // "Add another" and "remove" re-show the form with the rows changed; nothing is saved yet.
    if (/^(add|remove|up|down):/.test(intent) && kind && kind !== "header" && kind !== "rag-analysis")
      return {
        ok: true as const,
        preview: applyRowIntent(kind, readData(kind, form), intent),
        values: Object.fromEntries([...form].filter(([, v]) => typeof v === "string")) as Record<
          string,
          string
        >,
      };
    const hasNarrative = view.shape.kind === "question" && view.shape.question.narrative;
    const autosave = intent === "autosave";
    const result = await saveAnswer(ctx, params.slug, params.submissionId, params.sectionKey, {
      narrative: hasNarrative ? narrativeFromForm(form, "answer").doc : undefined,
      // An autosave carries the narrative only; the structured part is saved with the button.
      data: autosave ? undefined : readData(kind, form),
      complete: form.has("complete") ? form.get("complete") === "yes" : undefined,
      version: form.get("version") ?? "",
      autosave,
    });
    if (autosave) return { ok: true as const, saved: result.answer.version, reopened: result.reopened };
    return redirect(
      `${here}?done=saved&section=${encodeURIComponent(params.sectionKey)}${result.reopened ? "&reopened=1" : ""}`,
    );
  } catch (error) {
    const failure = formFailure(error, form);
    // What was typed in the structured part, as data, so the re-shown form loses nothing.
    try {
      const view = await getSection(ctx, params.slug, params.submissionId, params.sectionKey);
      (failure.data as FormFailure & { raw?: unknown }).raw = readData(kindOf(view), form);
    } catch {
      // The section itself could not be read: the error above says why.
    }
    return failure;
  }
}

type ActionResult =
  | (FormFailure & { raw?: unknown })
  | { ok: true; preview?: unknown; values?: Record<string, string>; saved?: number };

export default function SubmissionSection() {
  const t = useT();
  const { view, markdown } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const failure = result && !result.ok ? result : undefined;
  const preview = result?.ok ? result : undefined;
  const base = `/i/${view.institution.slug}/submissions/${view.submission.id}`;
  const question = view.shape.kind === "question" ? view.shape.question : null;
  const stale = failure?.code === "STALE";
  const headerData = ZHeaderData.partial().safeParse(view.answer?.data ?? view.headerDefaults ?? {});
  return (
    <>
      <BackLink to={base}>{t("submission.backToSubmission")}</BackLink>
      <PageHeading
        caption={t("submission.heading", {
          template: view.template.name,
          window: windowLabel(view.submission.windowCloses),
        })}
      >
        {view.number ? t("submission.questionN", { number: view.number, title: view.title }) : view.title}
      </PageHeading>
      {question?.help && <p className="mb-4 max-w-3xl whitespace-pre-line">{question.help}</p>}
      {question?.wordLimit && (
        <p className="mb-4">{t("submission.wordLimit", { count: question.wordLimit })}</p>
      )}
      {view.submission.state !== "draft" && view.submission.state !== "submitted" && view.allowed.edit && (
        <Panel title={t("submission.frozenWarningTitle")}>{t("submission.frozenWarning")}</Panel>
      )}
      <ErrorSummary errors={stale ? undefined : failure?.fieldErrors} formError={failure?.formError} />
      {stale && (
        <AnswerMerge
          theirs={failure?.current as Parameters<typeof AnswerMerge>[0]["theirs"]}
          yoursMarkdown={failure?.values["answer.markdown"]}
          yoursDoc={failure?.values["answer.doc"]}
          figures={view.figures}
          slug={view.institution.slug}
        />
      )}
      {view.rag && (
        <RagAnalysisSection
          rag={view.rag}
          slug={view.institution.slug}
          canRate={view.rag.allowed.rate}
          failure={failure}
        />
      )}
      {view.allowed.edit ? (
        <SectionForm
          view={view}
          markdown={markdown}
          failure={failure}
          preview={preview}
          headerData={headerData.success ? headerData.data : {}}
          staleVersion={stale ? (failure?.currentVersion ?? 0) : undefined}
        />
      ) : (
        <p className="mb-8">{t("submission.readOnly")}</p>
      )}
      <nav aria-label={t("submission.sectionNav")} className="mt-10 flex flex-wrap justify-between gap-4">
        {view.previous ? (
          <Link to={`${base}/sections/${view.previous.key}`}>
            {t("submission.previousSection", { title: view.previous.title })}
          </Link>
        ) : (
          <span />
        )}
        {view.next && (
          <Link to={`${base}/sections/${view.next.key}`}>
            {t("submission.nextSection", { title: view.next.title })}
          </Link>
        )}
      </nav>
    </>
  );
}
