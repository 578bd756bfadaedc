import { Link, useLoaderData } from "react-router";
import { getVersion } from "../../src/core/submissions/get-version.server";
import { windowLabel } from "../../src/core/windows/windows";
import { BackLink } from "../components/plan-ui";
import { SnapshotView } from "../components/submission-snapshot";
import { SignatureList } from "../components/submission-ui";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDateTime } from "../lib/format";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/submission-version";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      // The demo's submitted submission has version 1: members and the central team read it.
      method: "GET",
      params: async (h) => ({
        slug: h.slug,
        submissionId: (await h.newSubmission("submitted")).submissionId,
        number: "1",
      }),
      allow: [...MEMBERS_OWN, "central"],
    },
  ],
};

export const meta = () => [
  { title: `${translate("submission.version.title")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return await getVersion(ctx, params.slug, params.submissionId, Number(params.number));
  } catch (error) {
    pageError(error, request);
  }
}

export default function SubmissionVersion() {
  const t = useT();
  const v = useLoaderData<typeof loader>();
  const base = `/i/${v.institution.slug}/submissions/${v.submissionId}`;
  return (
    <>
      <BackLink to={base}>{t("submission.backToSubmission")}</BackLink>
      <PageHeading caption={v.institution.name}>
        {t("submission.version.heading", {
          number: v.version.number,
          template: v.snapshot.template.name,
          window: windowLabel(v.snapshot.submission.windowCloses),
        })}
      </PageHeading>
      {!v.intact && (
        <div role="alert" className="mb-6 border-4 border-red-700 p-4">
          <h2 className="text-xl font-bold">{t("submission.version.alteredTitle")}</h2>
          <p>{t("submission.version.altered")}</p>
        </div>
      )}
      {v.consentWithdrawn.length > 0 && (
        <Panel title={t("submission.version.consentTitle")}>
          {t("submission.version.consent", { titles: v.consentWithdrawn.map((c) => c.title).join("; ") })}
        </Panel>
      )}
      <p className="mb-2">
        {t("submission.frozenOn", {
          when: formatDateTime(v.version.frozenAt),
          name: v.version.frozenByName ?? t("submission.someone"),
        })}
        {v.version.reopenedAt && (
          <span className="block">
            {t("submission.reopenedOn", { when: formatDateTime(v.version.reopenedAt) })}
          </span>
        )}
      </p>
      <p className="mb-2 break-all font-mono text-sm">
        {t("submission.fingerprint")} (SHA-256): {v.version.fingerprint}
      </p>
      <p className="mb-2">{v.intact ? t("submission.version.intact") : null}</p>
      <h2 className="mt-4 text-xl font-bold">{t("submission.version.signatures")}</h2>
      <SignatureList signatures={v.version.signatures} />
      <p className="my-6">
        <Link to={base}>{t("submission.version.backToTasks")}</Link>
      </p>
      <SnapshotView snapshot={v.snapshot} />
    </>
  );
}
