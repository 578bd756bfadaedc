import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { acceptInvitation } from "../../src/core/people/accept-invitation.server";
import { getInvitation } from "../../src/core/people/get-invitation.server";
import { Button, ErrorSummary, TextField } from "../components/forms";
import { PageHeading, SummaryList, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { signIn, withCookies } from "../lib/auth-calls.server";
import { requestContext } from "../lib/context.server";
import { formFailure, pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/invitation";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ invitationId: (await h.newInvitation()).invitationId }),
      allow: "everyone",
    },
    {
      // Only the person invited may accept: here a newcomer without an account; anyone signed
      // in under another address is refused.
      method: "POST",
      params: async (h) => ({ invitationId: (await h.newInvitation()).invitationId }),
      body: () => ({ name: "Casey Newcomer", password: "heron-lantern-quarry-93" }),
      allow: ["anonymous"],
    },
  ],
};

export const meta = () => [{ title: `${translate("invitation.title")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    const invitation = await getInvitation(ctx, params.invitationId);
    return {
      invitation,
      signedInAs: actor.kind === "user" ? actor.email : null,
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const name = String(form.get("name") ?? "") || undefined;
  const password = String(form.get("password") ?? "") || undefined;
  try {
    const accepted = await acceptInvitation(ctx, params.invitationId, { name, password });
    const destination = `/i/${accepted.institutionSlug}`;
    if (!accepted.accountCreated) return redirect(destination);
    const signedIn = await signIn(request, accepted.email, password ?? "");
    return redirect(signedIn.ok ? destination : `/sign-in?redirectTo=${encodeURIComponent(destination)}`, {
      headers: signedIn.ok ? withCookies(signedIn.cookies) : undefined,
    });
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function Invitation() {
  const t = useT();
  const { invitation: inv, signedInAs } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const pending = inv.state === "pending";
  const isInvitee = signedInAs?.toLowerCase() === inv.email.toLowerCase();
  return (
    <>
      <PageHeading caption={inv.institutionName}>{t("invitation.title")}</PageHeading>
      <SummaryList
        rows={[
          { key: t("invitation.institution"), value: inv.institutionName },
          { key: t("invitation.role"), value: inv.role && t(`roles.${inv.role}`) },
          { key: t("invitation.email"), value: inv.email },
          {
            key: t("invitation.status"),
            value: (
              <>
                <Tag tone={pending ? "yellow" : "grey"}>{t(`invitationStates.${inv.state}`)}</Tag>{" "}
                {pending && t("members.expires", { date: formatDate(inv.expiresAt) })}
              </>
            ),
          },
        ]}
      />
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {!pending && <p>{t(`invitation.notPending.${inv.state}`)}</p>}
      {pending && signedInAs && !isInvitee && (
        <p>{t("invitation.wrongAccount", { email: inv.email, current: signedInAs })}</p>
      )}
      {pending && isInvitee && (
        <Form method="post">
          <Button>{t("invitation.accept")}</Button>
        </Form>
      )}
      {pending && !signedInAs && (
        <>
          <h2 className="mb-2 text-2xl font-bold">{t("invitation.newAccountTitle")}</h2>
          <p className="mb-4">{t("invitation.newAccountIntro", { email: inv.email })}</p>
          <Form method="post" noValidate>
            <TextField
              name="name"
              label={t("invitation.name")}
              autoComplete="name"
              defaultValue={failure?.values.name}
              errors={failure?.fieldErrors}
            />
            <TextField
              name="password"
              label={t("invitation.password")}
              hint={t("invitation.passwordHint")}
              type="password"
              autoComplete="new-password"
              errors={failure?.fieldErrors}
            />
            <Button>{t("invitation.createAndAccept")}</Button>
          </Form>
          <p className="mt-6">
            {t("invitation.haveAccount")}{" "}
            <Link to={`/sign-in?redirectTo=${encodeURIComponent(`/invitations/${inv.id}`)}`}>
              {t("invitation.signInFirst")}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
