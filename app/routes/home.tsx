import { Link } from "react-router";
import { PageHeading, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import type { RouteAccess } from "../lib/route-access";
import { useRootData } from "../root";

export const access: RouteAccess = { kind: "page", requests: [{ method: "GET", allow: "everyone" }] };

export const meta = () => [{ title: translate("layout.product") }];

export default function Home() {
  const t = useT();
  const user = useRootData()?.user;
  if (!user) {
    return (
      <>
        <PageHeading>{t("home.title")}</PageHeading>
        <p className="mb-4 max-w-2xl text-lg">{t("home.intro")}</p>
        <p className="mb-8 max-w-2xl">{t("home.pillars")}</p>
        <p className="flex flex-wrap gap-6">
          <Link to="/sign-in" className="bg-teal-800 px-4 py-2 font-bold text-white visited:text-white">
            {t("home.signIn")}
          </Link>
          <Link to="/institutions">{t("home.browse")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading caption={t("home.signedInAs", { name: user.name })}>
        {t("home.yourInstitutions")}
      </PageHeading>
      {user.institutions.length === 0 && !user.central && <p>{t("home.noMemberships")}</p>}
      <ul className="mb-8 space-y-3">
        {user.institutions.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center gap-3">
            <Link to={`/i/${i.slug}`} className="text-xl font-bold">
              {i.name}
            </Link>
            <Tag tone="blue">{t(`roles.${i.role}`)}</Tag>
          </li>
        ))}
      </ul>
      {user.central && (
        <p>
          <Link to="/central/institutions" className="text-xl font-bold">
            {t("home.centralLink")}
          </Link>
        </p>
      )}
      {user.central && (
        <p className="mt-4">
          <Link to="/central/talent" className="text-xl font-bold">
            {t("home.talentLink")}
          </Link>
        </p>
      )}
      {user.central && (
        <p className="mt-4">
          <Link to="/central/templates" className="text-xl font-bold">
            {t("home.templatesLink")}
          </Link>
        </p>
      )}
    </>
  );
}
