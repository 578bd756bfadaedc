import { getDeadline } from "../../src/core/windows/get-deadline.server";
import { setSchedule } from "../../src/core/windows/set-schedule.server";
import { api, json, readJson } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.deadline";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: [...MEMBERS_OWN, "central"] },
    {
      method: "PATCH",
      params: (h) => ({ slug: h.slug }),
      // An empty list keeps the institution on January and July, so the demo stays as it is.
      body: () => ({ dueMonths: [] }),
      allow: ["central"],
    },
  ],
};

/** The next due window, days remaining, whether it is overdue and which rule gave it. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json(await getDeadline(ctx, params.slug)) });

/** The central team sets the months the institution's windows close in (the older phase timetable). */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const schedule = await setSchedule(ctx, params.slug, await readJson(request));
      return json(schedule);
    },
  });
