import { data, Form, Link, useActionData, useLoaderData, useSearchParams } from "react-router";
import { INSTITUTION_ROLES } from "../../src/core/actor";
import { cancelInvitation } from "../../src/core/people/cancel-invitation.server";
import { changeMemberRole } from "../../src/core/people/change-member-role.server";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { inviteMember } from "../../src/core/people/invite-member.server";
import { listInvitations } from "../../src/core/people/list-invitations.server";
import { listMembers } from "../../src/core/people/list-members.server";
import { removeMember } from "../../src/core/people/remove-member.server";
import { can } from "../../src/core/policy";
import { Button, ErrorSummary, SelectField, TextField } from "../components/forms";
import { PageHeading, Panel, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import { LEAD_OWN, MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/institution-members";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({ intent: "invite", email: `colleague-${h.unique()}@example.ac.uk`, role: "editor" }),
      allow: LEAD_OWN,
    },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: async (h) => ({ intent: "remove", ...(await h.newMember()) }),
      allow: LEAD_OWN,
    },
  ],
};

export const meta = () => [{ title: `${translate("members.title")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    const institution = await institutionFor(ctx, params.slug, "member.list");
    const canManage = can(actor, "member.manage", institution.id);
    const [members, invitations] = await Promise.all([
      listMembers(ctx, params.slug),
      canManage ? listInvitations(ctx, params.slug) : Promise.resolve([]),
    ]);
    return {
      institution,
      members,
      invitations,
      canManage,
      myUserId: actor.kind === "user" ? actor.userId : null,
    };
  } catch (error) {
    pageError(error, request);
  }
}

type Success = {
  ok: true;
  intent: string;
  invited?: { email: string; role: string; link: string; delivery: string };
};

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const field = (name: string) => String(form.get(name) ?? "");
  try {
    if (intent === "invite") {
      const created = await inviteMember(ctx, params.slug, {
        email: field("email"),
        role: field("role") as never,
      });
      return data<Success>({ ok: true, intent, invited: created });
    }
    if (intent === "change-role") {
      await changeMemberRole(ctx, params.slug, {
        memberId: field("memberId"),
        role: field("role") as never,
        expectedVersion: field("version") as never,
      });
    } else if (intent === "remove") {
      await removeMember(ctx, params.slug, { memberId: field("memberId") });
    } else if (intent === "cancel-invitation") {
      await cancelInvitation(ctx, params.slug, { invitationId: field("invitationId") });
    } else {
      return data(
        {
          ok: false,
          formError: translate("errors.unknownAction"),
          fieldErrors: {},
          values: {},
          code: "INVALID",
        } satisfies FormFailure,
        {
          status: 400,
        },
      );
    }
    return data<Success>({ ok: true, intent });
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function Members() {
  const t = useT();
  const { institution, members, invitations, canManage, myUserId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const confirming = members.find((m) => m.id === search.get("remove"));
  const failure = result && !result.ok ? (result as FormFailure) : undefined;
  const success = result?.ok ? (result as Success) : undefined;
  const roleOptions = INSTITUTION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <>
      <p className="mb-4">
        <Link to={`/i/${institution.slug}`}>{t("members.back", { name: institution.name })}</Link>
      </p>
      <PageHeading caption={institution.name}>{t("members.title")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {success?.invited && (
        <Panel title={t("members.invitedTitle", { email: success.invited.email })}>
          <p>{t(success.invited.delivery === "sent" ? "members.invitedSent" : "members.invitedLogged")}</p>
          <p className="mt-2 break-all font-mono" data-testid="invitation-link">
            {success.invited.link}
          </p>
        </Panel>
      )}
      {success && !success.invited && <Panel title={t(`members.done.${success.intent}`)}>{null}</Panel>}
      {confirming && canManage && (
        <div className="mb-8 border-4 border-red-700 p-4">
          <h2 className="text-xl font-bold">{t("members.confirmRemoveTitle", { name: confirming.name })}</h2>
          <p className="my-2">{t("members.confirmRemoveBody")}</p>
          <Form method="post" className="flex gap-4">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="memberId" value={confirming.id} />
            <Button variant="warning">{t("members.remove")}</Button>
            <Link to="." className="self-center">
              {t("members.keep")}
            </Link>
          </Form>
        </div>
      )}
      <table className="mb-10 w-full text-left">
        <caption className="mb-2 text-left text-xl font-bold">
          {t("members.tableCaption", { count: members.length })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              {t("members.name")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("members.email")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("members.role")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("members.joined")}
            </th>
            {canManage && (
              <th scope="col" className="py-2">
                {t("members.actions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className="border-b border-slate-300 align-top">
              <td className="py-2 pr-4">{m.name}</td>
              <td className="py-2 pr-4">{m.email}</td>
              <td className="py-2 pr-4">
                <Tag tone="blue">{t(`roles.${m.role}`)}</Tag>
              </td>
              <td className="py-2 pr-4">{formatDate(m.joinedAt)}</td>
              {canManage && (
                <td className="py-2">
                  <Form method="post" className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="intent" value="change-role" />
                    <input type="hidden" name="memberId" value={m.id} />
                    <input type="hidden" name="version" value={m.version} />
                    <label className="sr-only" htmlFor={`role-${m.id}`}>
                      {t("members.roleFor", { name: m.name })}
                    </label>
                    <select
                      id={`role-${m.id}`}
                      name="role"
                      defaultValue={m.role}
                      className="border-2 border-slate-800 p-1"
                    >
                      {roleOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                    <Button variant="secondary">
                      {t("members.changeRole")}
                      <span className="sr-only"> {t("members.forName", { name: m.name })}</span>
                    </Button>
                  </Form>
                  {m.userId !== myUserId && (
                    <Link to={`?remove=${m.id}`} className="mt-1 inline-block">
                      {t("members.remove")}
                      <span className="sr-only"> {m.name}</span>
                    </Link>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canManage && (
        <>
          <h2 className="mb-3 text-2xl font-bold">{t("members.inviteTitle")}</h2>
          <Form method="post" noValidate className="mb-10" key={success?.invited?.link ?? "invite"}>
            <input type="hidden" name="intent" value="invite" />
            <TextField
              name="email"
              label={t("members.inviteEmail")}
              hint={t("members.inviteEmailHint")}
              type="email"
              autoComplete="off"
              defaultValue={failure?.values.intent === "invite" ? failure.values.email : ""}
              errors={failure?.values.intent === "invite" ? failure.fieldErrors : undefined}
            />
            <SelectField
              name="role"
              label={t("members.inviteRole")}
              hint={t("members.inviteRoleHint")}
              options={roleOptions}
              defaultValue={failure?.values.intent === "invite" ? failure.values.role : "editor"}
              errors={failure?.values.intent === "invite" ? failure.fieldErrors : undefined}
            />
            <Button>{t("members.inviteSubmit")}</Button>
          </Form>
          <h2 className="mb-3 text-2xl font-bold">{t("members.invitationsTitle")}</h2>
          {invitations.length === 0 ? (
            <p>{t("members.noInvitations")}</p>
          ) : (
            <table className="w-full text-left">
              <caption className="sr-only">{t("members.invitationsTitle")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-800">
                  <th scope="col" className="py-2 pr-4">
                    {t("members.email")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("members.role")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("members.status")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("members.link")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("members.actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((inv) => (
                  <tr key={inv.id} className="border-b border-slate-300 align-top">
                    <td className="py-2 pr-4">{inv.email}</td>
                    <td className="py-2 pr-4">{inv.role && t(`roles.${inv.role}`)}</td>
                    <td className="py-2 pr-4">
                      <Tag
                        tone={
                          inv.state === "pending" ? "yellow" : inv.state === "accepted" ? "green" : "grey"
                        }
                      >
                        {t(`invitationStates.${inv.state}`)}
                      </Tag>
                      {inv.state === "pending" && (
                        <span className="block text-sm">
                          {t("members.expires", { date: formatDate(inv.expiresAt) })}
                        </span>
                      )}
                    </td>
                    <td className="max-w-xs break-all py-2 pr-4 font-mono text-sm">
                      {inv.state === "pending" ? inv.link : ""}
                    </td>
                    <td className="py-2">
                      {inv.state === "pending" && (
                        <Form method="post">
                          <input type="hidden" name="intent" value="cancel-invitation" />
                          <input type="hidden" name="invitationId" value={inv.id} />
                          <Button variant="secondary">
                            {t("members.cancelInvitation")}
                            <span className="sr-only"> {inv.email}</span>
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
      )}
    </>
  );
}
