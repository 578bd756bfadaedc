import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation } from "react-router";
import { z } from "zod";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/demo/demo-data";
import { Button, ErrorSummary, TextField } from "../components/forms";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { signIn, withCookies } from "../lib/auth-calls.server";
import { requestContext } from "../lib/context.server";
import type { RouteAccess } from "../lib/route-access";
import { safeRedirect } from "../lib/safe-redirect";
import type { Route } from "./+types/sign-in";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", allow: "everyone" },
    {
      method: "POST",
      body: () => ({ email: "lead@lstm.demo", password: "commitment-demo" }),
      allow: "everyone",
    },
  ],
};

export const meta = () => [{ title: `${translate("signIn.title")} – ${translate("layout.product")}` }];

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, services } = await requestContext(request);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "");
  if (actor.kind === "user") throw redirect(redirectTo || "/");
  const demo = services.demoStatus !== "off";
  return { redirectTo, demoAccounts: demo ? DEMO_ACCOUNTS : [], demoPassword: demo ? DEMO_PASSWORD : null };
}

const ZSignIn = z.object({
  email: z.string().trim().min(1, translate("signIn.emailMissing")),
  password: z.string().min(1, translate("signIn.passwordMissing")),
});

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const values = { email: String(form.get("email") ?? "") };
  const parsed = ZSignIn.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] = [issue.message];
    return data({ formError: "", fieldErrors, values }, { status: 422 });
  }
  const result = await signIn(request, parsed.data.email, parsed.data.password);
  if (result.ok) {
    return redirect(safeRedirect(form.get("redirectTo"), "/"), { headers: withCookies(result.cookies) });
  }
  const formError = result.status === 429 ? translate("signIn.rateLimited") : translate("signIn.invalid");
  return data({ formError, fieldErrors: {}, values }, { status: result.status === 429 ? 429 : 401 });
}

export default function SignIn() {
  const t = useT();
  const { redirectTo, demoAccounts, demoPassword } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <PageHeading>{t("signIn.title")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          label={t("signIn.email")}
          type="email"
          autoComplete="username"
          defaultValue={failure?.values.email}
          errors={failure?.fieldErrors}
        />
        <TextField
          name="password"
          label={t("signIn.password")}
          type="password"
          autoComplete="current-password"
          errors={failure?.fieldErrors}
        />
        <Button disabled={busy}>{t("signIn.submit")}</Button>
      </Form>
      <p className="mt-6">{t("signIn.noAccount")}</p>
      {demoAccounts.length > 0 && (
        <section aria-labelledby="demo-accounts" className="mt-10 border-l-4 border-slate-400 pl-4">
          <h2 id="demo-accounts" className="text-xl font-bold">
            {t("signIn.demoTitle")}
          </h2>
          <p className="mb-2">{t("signIn.demoIntro", { password: demoPassword })}</p>
          <table className="w-full max-w-3xl text-left">
            <caption className="sr-only">{t("signIn.demoTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="py-1 pr-4">
                  {t("signIn.demoEmail")}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t("signIn.demoRole")}
                </th>
                <th scope="col" className="py-1">
                  {t("signIn.demoInstitution")}
                </th>
              </tr>
            </thead>
            <tbody>
              {demoAccounts.map((a) => (
                <tr key={a.email} className="border-b border-slate-300">
                  <td className="py-1 pr-4 font-mono">{a.email}</td>
                  <td className="py-1 pr-4">{t(`roles.${a.role}`, { defaultValue: a.role })}</td>
                  <td className="py-1">{a.institution}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p className="mt-6">
        <Link to="/institutions">{t("signIn.browse")}</Link>
      </p>
    </>
  );
}
