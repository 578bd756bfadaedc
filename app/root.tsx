import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { inArray } from "drizzle-orm";
import { organization } from "../src/db/schema";
import { LANGUAGE, useT } from "./i18n/i18n";
import { requestContext } from "./lib/context.server";

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, services } = await requestContext(request);
  if (actor.kind !== "user") return { user: null, demo: services.demoStatus !== "off" };
  const ids = Object.keys(actor.memberships);
  const institutions = ids.length
    ? await services.db
        .select({ id: organization.id, slug: organization.slug, name: organization.name })
        .from(organization)
        .where(inArray(organization.id, ids))
    : [];
  return {
    user: {
      name: actor.name,
      email: actor.email,
      central: actor.platformRole === "central",
      institutions: institutions.map((i) => ({ ...i, role: actor.memberships[i.id]! })),
    },
    demo: services.demoStatus !== "off",
  };
}

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: React.ReactNode }) {
  const t = useT();
  const data = useRootData();
  const user = data?.user;
  return (
    <html lang={LANGUAGE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col bg-white">
        <a href="#main" className="sr-only bg-yellow-300 p-2 focus:not-sr-only">
          {t("layout.skip")}
        </a>
        <header className="bg-teal-900 text-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
            <Link to="/" className="text-xl font-bold text-white no-underline visited:text-white">
              {t("layout.product")}
            </Link>
            <nav aria-label={t("layout.navLabel")}>
              <ul className="flex flex-wrap items-center gap-4">
                <li>
                  <Link className="text-white visited:text-white" to="/institutions">
                    {t("layout.nav.institutions")}
                  </Link>
                </li>
                {user?.central && (
                  <li>
                    <Link className="text-white visited:text-white" to="/central/institutions">
                      {t("layout.nav.central")}
                    </Link>
                  </li>
                )}
                {user ? (
                  <>
                    <li>
                      <Link className="text-white visited:text-white" to="/account">
                        {t("layout.nav.account")}
                      </Link>
                    </li>
                    <li>
                      <Form method="post" action="/sign-out">
                        <button type="submit" className="text-white underline">
                          {t("layout.nav.signOut")}
                        </button>
                      </Form>
                    </li>
                  </>
                ) : (
                  <li>
                    <Link className="text-white visited:text-white" to="/sign-in">
                      {t("layout.nav.signIn")}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8" tabIndex={-1}>
          {children}
        </main>
        <footer className="border-t-4 border-teal-900 bg-slate-100">
          <div className="mx-auto flex max-w-5xl flex-wrap gap-6 px-4 py-6">
            <Link to="/accessibility">{t("layout.footer.accessibility")}</Link>
            <span>{t("layout.footer.about")}</span>
          </div>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  let title = t("errors.unexpectedTitle");
  let message = t("errors.unexpected");
  if (isRouteErrorResponse(error)) {
    title =
      error.status === 404
        ? t("errors.notFoundTitle")
        : error.status === 403
          ? t("errors.forbiddenTitle")
          : `${error.status}`;
    message = (error.data as { message?: string } | undefined)?.message ?? error.statusText;
  }
  return (
    <>
      <title>{`${title} – ${t("layout.product")}`}</title>
      <h1 className="mb-4 text-3xl font-bold">{title}</h1>
      <p className="mb-4">{message}</p>
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </>
  );
}
