import { listSubmissions } from "../../src/core/submissions/list-submissions.server";
import { startSubmission } from "../../src/core/submissions/start-submission.server";
import { getDeadline } from "../../src/core/windows/get-deadline.server";
import { api, json, readJson } from "../api/http.server";
import { submissionsPath } from "../api/submissions-json.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submissions";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    // The central team sees the institution's submitted submissions (and never its drafts).
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: [...MEMBERS_OWN, "central"] },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      // A window far ahead that no submission uses yet: one per window.
      body: (h) => ({ windowCloses: h.freshWindow() }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/**
 * The institution's submissions, newest window first, with the next due window (which one to start).
 * Reading the deadline also keeps the list to members and the central team, as on the page: anyone
 * else is refused rather than shown an empty list.
 */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const deadline = await getDeadline(ctx, params.slug);
      const list = await listSubmissions(ctx, params.slug);
      return json({ ...list, next: deadline.next });
    },
  });

/** Starts the submission for a window (the next due one when left out) on the newest published template. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const { id } = await startSubmission(ctx, params.slug, await readJson(request));
      return json(
        { id },
        { status: 201, location: `${submissionsPath(services.config.publicUrl, params.slug)}/${id}` },
      );
    },
  });
