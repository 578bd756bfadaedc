import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import type { RouteAccess } from "../lib/route-access";

export const access: RouteAccess = { kind: "page", requests: [{ method: "GET", allow: "everyone" }] };

export const meta = () => [{ title: `${translate("a11y.title")} – ${translate("layout.product")}` }];

/**
 * An honest statement: what is tested automatically and how, and what is not yet. Keep it in step
 * with tests/e2e (axe on every page, keyboard journeys, no-JavaScript forms).
 */
export default function Accessibility() {
  const t = useT();
  const sections = ["scope", "tested", "known", "notYet", "contact"] as const;
  return (
    <>
      <PageHeading>{t("a11y.title")}</PageHeading>
      <p className="mb-6 max-w-3xl">{t("a11y.intro")}</p>
      {sections.map((s) => (
        <section key={s} aria-labelledby={`a11y-${s}`} className="mb-6 max-w-3xl">
          <h2 id={`a11y-${s}`} className="mb-2 text-2xl font-bold">
            {t(`a11y.${s}.title`)}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {(t(`a11y.${s}.items`, { returnObjects: true }) as string[]).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
      <p className="text-slate-700">{t("a11y.prepared")}</p>
    </>
  );
}
