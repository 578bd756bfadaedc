/**
 * Submissions benchmark (issue 5): on the demo (LSTM's signed 2024 renewal with its 30-action
 * previous plan and 20-action new plan, and its 2027 draft), times freezing in-process (the snapshot
 * of everything the submission shows, canonical JSON and SHA-256) over repeated edit-and-freeze
 * cycles, then loads the task list, a frozen version (the whole submission drawn from its snapshot),
 * the readiness page and the readiness API beside a trivial route. Both engines (PostgreSQL when
 * TEST_DATABASE_URL is set). Run after `npm run build`: `npx tsx bench/submissions.ts`.
 */
import { markdownToDoc } from "../src/core/narrative/markdown";
import { freezeSubmission } from "../src/core/submissions/freeze-submission.server";
import { getSubmission } from "../src/core/submissions/get-submission.server";
import { listSubmissions } from "../src/core/submissions/list-submissions.server";
import { saveAnswer } from "../src/core/submissions/save-answer.server";
import { startSubmission } from "../src/core/submissions/start-submission.server";
import { startServer, waitHealthy } from "../tests/servers/server-process";
import { benchSeeding, load, onBothEngines, PRODUCTION, type Result } from "./load";

const CYCLES = 20;

async function seed(env: Record<string, string>) {
  const { ctx, finish } = await benchSeeding(env);
  const { items } = await listSubmissions(ctx, "lstm");
  const signed = items.find((s) => s.state === "submitted")!;
  const draft = items.find((s) => s.state !== "submitted")!;
  // A separate submission to freeze over and over, so the demo's draft stays as it is.
  const times: number[] = [];
  const { id } = await startSubmission(ctx, "lstm", { windowCloses: "2040-07-31" });
  for (let i = 0; i < CYCLES; i++) {
    const current = (await getSubmission(ctx, "lstm", id)).tasks.find((t) => t.key === "q1");
    const version = current?.status === "not-started" ? 0 : i;
    await saveAnswer(ctx, "lstm", id, "q1", { narrative: markdownToDoc(`Cycle ${i}.`), version });
    const t = performance.now();
    await freezeSubmission(ctx, "lstm", id);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const token = await finish();
  return {
    signed: signed.id,
    draft: draft.id,
    token,
    freezeP50: times[Math.floor(CYCLES / 2)]!,
    freezeMax: times.at(-1)!,
  };
}

async function run(label: string, env: Record<string, string>, port: number): Promise<Result[]> {
  const seeded = await seed({ ...env, AUTH_SECRET: PRODUCTION.AUTH_SECRET });
  console.log(
    `${label}: freeze (in-process, ${CYCLES} cycles): p50 ${seeded.freezeP50.toFixed(1)} ms, max ${seeded.freezeMax.toFixed(1)} ms`,
  );
  const server = startServer(port, { ...env, ...PRODUCTION });
  try {
    await waitHealthy(server);
    const auth = { authorization: `Bearer ${seeded.token}` };
    const page = `${server.url}/i/lstm/submissions`;
    const api = `${server.url}/api/v1/institutions/lstm`;
    return [
      await load(`${label}: GET /healthz (trivial)`, `${server.url}/healthz`, {}),
      await load(`${label}: GET …/submissions/:id (task list)`, `${page}/${seeded.draft}`, auth),
      await load(
        `${label}: GET …/submissions/:id/versions/1 (signed 2024 version)`,
        `${page}/${seeded.signed}/versions/1`,
        auth,
      ),
      await load(
        `${label}: GET …/submissions/:id/readiness (page)`,
        `${page}/${seeded.draft}/readiness`,
        auth,
      ),
      await load(`${label}: GET /api/v1/…/readiness (open submission)`, `${api}/readiness`, auth),
    ];
  } finally {
    await server.stop();
  }
}

await onBothEngines("submissions", run, 3431);
