import { data, Form, useActionData, useLoaderData } from "react-router";
import { AppError } from "../../src/core/errors";
import { createToken } from "../../src/core/tokens/create-token.server";
import { listTokens } from "../../src/core/tokens/list-tokens.server";
import { revokeToken } from "../../src/core/tokens/revoke-token.server";
import { Button, ErrorSummary, TextField } from "../components/forms";
import { PageHeading, Panel, SummaryList, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate, formatDateTime } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import { useRootData } from "../root";
import type { Route } from "./+types/account";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", allow: "signed-in" },
    {
      method: "POST",
      body: (h) => ({ intent: "create-token", name: `laptop ${h.unique()}`, expiresInDays: "30" }),
      allow: "signed-in",
    },
  ],
};

export const meta = () => [{ title: `${translate("account.title")} – ${translate("layout.product")}` }];

export async function loader({ request }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
    return { tokens: await listTokens(ctx), email: actor.email, name: actor.name };
  } catch (error) {
    pageError(error, request);
  }
}

type Created = { ok: true; token?: string; tokenName?: string; revoked?: boolean };

export async function action({ request }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    if (form.get("intent") === "revoke-token") {
      await revokeToken(ctx, { tokenId: String(form.get("tokenId") ?? "") });
      return data<Created>({ ok: true, revoked: true });
    }
    const { token, view } = await createToken(ctx, {
      name: String(form.get("name") ?? ""),
      expiresInDays: String(form.get("expiresInDays") ?? "") as never,
    });
    return data<Created>({ ok: true, token, tokenName: view.name });
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function Account() {
  const t = useT();
  const { tokens, email, name } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && !result.ok ? (result as FormFailure) : undefined;
  const created = result?.ok ? (result as Created) : undefined;
  const memberships = useRootData()?.user?.institutions ?? [];
  return (
    <>
      <PageHeading>{t("account.title")}</PageHeading>
      <SummaryList
        rows={[
          { key: t("account.name"), value: name },
          { key: t("account.email"), value: email },
          {
            key: t("account.memberships"),
            value:
              memberships.map((m) => `${m.name} (${t(`roles.${m.role}`)})`).join("; ") ||
              t("account.noMemberships"),
          },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">{t("account.tokensTitle")}</h2>
      <p className="mb-4 max-w-2xl">{t("account.tokensIntro")}</p>
      {created?.token && (
        <Panel title={t("account.tokenCreated", { name: created.tokenName })}>
          <p>{t("account.tokenOnce")}</p>
          <p className="mt-2 break-all bg-white p-2 font-mono" data-testid="new-token">
            {created.token}
          </p>
        </Panel>
      )}
      {created?.revoked && <Panel title={t("account.tokenRevoked")}>{null}</Panel>}
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <Form method="post" noValidate className="mb-8">
        <input type="hidden" name="intent" value="create-token" />
        <TextField
          name="name"
          label={t("account.tokenName")}
          hint={t("account.tokenNameHint")}
          defaultValue={failure?.values.name}
          errors={failure?.fieldErrors}
        />
        <TextField
          name="expiresInDays"
          label={t("account.tokenExpiry")}
          hint={t("account.tokenExpiryHint")}
          type="number"
          width="w-32"
          defaultValue={failure?.values.expiresInDays ?? "90"}
          errors={failure?.fieldErrors}
        />
        <Button>{t("account.createToken")}</Button>
      </Form>
      {tokens.length > 0 && (
        <table className="w-full text-left">
          <caption className="mb-2 text-left text-xl font-bold">{t("account.yourTokens")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">
                {t("account.tokenName")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("account.tokenStarts")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("account.tokenState")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("account.tokenLastUsed")}
              </th>
              <th scope="col" className="py-2">
                {t("members.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((tok) => (
              <tr key={tok.id} className="border-b border-slate-300">
                <td className="py-2 pr-4">{tok.name}</td>
                <td className="py-2 pr-4 font-mono">{tok.prefix}…</td>
                <td className="py-2 pr-4">
                  <Tag tone={tok.state === "active" ? "green" : "grey"}>{t(`tokenStates.${tok.state}`)}</Tag>
                  {tok.expiresAt && tok.state === "active" && (
                    <span className="block text-sm">
                      {t("account.expiresOn", { date: formatDate(tok.expiresAt) })}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-4">
                  {tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : t("account.never")}
                </td>
                <td className="py-2">
                  {tok.state === "active" && (
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke-token" />
                      <input type="hidden" name="tokenId" value={tok.id} />
                      <Button variant="warning">
                        {t("account.revoke")}
                        <span className="sr-only"> {tok.name}</span>
                      </Button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
