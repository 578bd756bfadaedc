import { AppError } from "../../src/core/errors";
import type { AnswerView } from "../../src/core/submissions/answer-view.server";
import { getSection } from "../../src/core/submissions/get-section.server";
import { saveAnswer } from "../../src/core/submissions/save-answer.server";
import { api, json, readJson } from "../api/http.server";
import { answerIfMatch, answerJson, narrativeFromBody, sectionJson } from "../api/submissions-json.server";
import { type FixtureHelpers, MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-answer";

const aFreshDraft = async (h: FixtureHelpers) => ({
  slug: h.slug,
  submissionId: (await h.newSubmission()).submissionId,
  sectionKey: "q1",
});

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", params: aFreshDraft, allow: MEMBERS_OWN },
    {
      method: "PUT",
      params: aFreshDraft,
      // A fresh draft's q1 has no answer yet: version 0.
      headers: () => ({ "if-match": '"0"' }),
      body: () => ({ markdown: "Our technical staff, in brief.", complete: false }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/** One section: what it asks, and its answer as the document tree and as Markdown. ETag: the answer's version. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const view = await getSection(ctx, params.slug, params.submissionId, params.sectionKey);
      const body = sectionJson(view);
      return json(body, { etag: body.version });
    },
  });

/**
 * Saves the section: `markdown` or `narrative` (the tree), `data` (the structured part), `complete`;
 * what is left out keeps its value. If-Match names the answer's version the author started from
 * ("0" for a first answer). A stale save writes nothing: 412 with the other person's answer.
 */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async put({ ctx }) {
      const version = answerIfMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      const narrative = narrativeFromBody(body);
      let reopened: boolean;
      try {
        ({ reopened } = await saveAnswer(ctx, params.slug, params.submissionId, params.sectionKey, {
          narrative,
          data: body.data,
          complete: body.complete,
          version,
        }));
      } catch (error) {
        // The other person's answer in the API's own shape, Markdown included, to compare with one's own.
        if (error instanceof AppError && error.code === "STALE" && error.details.current)
          throw new AppError("STALE", error.message, {
            current: answerJson(error.details.current as AnswerView),
            currentVersion: error.details.currentVersion,
          });
        throw error;
      }
      const view = await getSection(ctx, params.slug, params.submissionId, params.sectionKey);
      const saved = sectionJson(view, { reopened });
      return json(saved, { etag: saved.version });
    },
  });
