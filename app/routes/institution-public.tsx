import { Link, useLoaderData } from "react-router";
import { getInstitution } from "../../src/core/institutions/get-institution.server";
import { PageHeading, SummaryList, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/institution-public";

export const access: RouteAccess = {
  kind: "page",
  requests: [{ method: "GET", params: (h) => ({ slug: h.slug }), allow: "everyone" }],
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.institution.name ?? translate("directory.title")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return { institution: await getInstitution(ctx, params.slug) };
  } catch (error) {
    pageError(error, request);
  }
}

/** What anyone may see of a signatory: the Commitment asks for exactly this to be public. */
export default function InstitutionPublic() {
  const t = useT();
  const { institution: i } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption={t("publicPage.caption")}>{i.name}</PageHeading>
      <p className="mb-6">
        <Tag tone={i.type === "signatory" ? "green" : "grey"}>{t(`institutionTypes.${i.type}`)}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: t("institution.signingDate"), value: formatDate(i.signingDate) },
          { key: t("institution.leadName"), value: i.leadName },
          {
            key: t("institution.contact"),
            value: i.contactName && (
              <>
                {i.contactName}
                {i.contactEmail && (
                  <>
                    {" – "}
                    <a href={`mailto:${i.contactEmail}`}>{i.contactEmail}</a>
                  </>
                )}
              </>
            ),
          },
          { key: t("institution.publicUrl"), value: i.publicUrl && <a href={i.publicUrl}>{i.publicUrl}</a> },
        ]}
      />
      {i.myRole && (
        <p>
          <Link to={`/i/${i.slug}`}>{t("publicPage.memberLink")}</Link>
        </p>
      )}
    </>
  );
}
