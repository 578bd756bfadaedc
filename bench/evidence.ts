/**
 * Evidence benchmark (issue 4): seeds a library of 1,000 items through the use-cases (every kind,
 * a fifth linked to actions) and one 5 MB PDF, then loads the library page (plain and filtered by
 * pillar and year, which goes through the links), the API list and the file download, beside a
 * trivial route. Both engines (PostgreSQL when TEST_DATABASE_URL is set).
 * Run after `npm run build`: `npx tsx bench/evidence.ts`. Results go in BENCHMARKS.md by hand.
 */
import { createEvidence } from "../src/core/evidence/create-evidence.server";
import type { TEvidenceInput } from "../src/core/evidence/evidence-fields";
import { linkEvidence } from "../src/core/evidence/link-evidence.server";
import { listLinkTargets } from "../src/core/plans/list-link-targets.server";
import { PILLARS } from "../src/core/plans/plan-types";
import { demoPdf } from "../src/demo/demo-pdf";
import { startServer, waitHealthy } from "../tests/servers/server-process";
import { benchSeeding, load, onBothEngines, PRODUCTION, type Result } from "./load";

const ITEMS = 1000;
const FILE_BYTES = 5 * 1024 * 1024;

function itemAt(i: number): TEvidenceInput {
  const common = {
    title: `Benchmark evidence ${i + 1}: technicians' showcase and training`,
    description: "A realistic sentence or two about why this shows impact. ".repeat(3),
    occurredOn: `${2019 + (i % 6)}-0${1 + (i % 9)}-15`,
    pillars: [PILLARS[i % 4]!],
  };
  switch (i % 5) {
    case 0:
      return { ...common, kind: "link", url: `https://news.example.org/story-${i}` };
    case 1:
      return { ...common, kind: "document", heldBy: "Staff intranet" };
    case 2:
      return { ...common, kind: "testimonial", quote: "It changed how I see my job.", who: "A technician" };
    case 3:
      return {
        ...common,
        kind: "event",
        eventType: "training",
        attendance: 20 + (i % 30),
        sessions: [
          { title: "Morning session", ranBy: "A trainer" },
          { title: "Afternoon session", ranBy: "Another trainer" },
        ],
      };
    default:
      return {
        ...common,
        kind: "case-study",
        person: "A technician",
        roleThen: "Apprentice",
        roleNow: "Technician",
      };
  }
}

/** A PDF padded to 5 MB: the content check reads its start, the download sends every byte. */
function bigPdf(): Uint8Array {
  const head = demoPdf(["Benchmark file"]);
  const bytes = new Uint8Array(FILE_BYTES);
  bytes.set(head);
  return bytes;
}

async function seed(env: Record<string, string>) {
  const { ctx, finish } = await benchSeeding(env);
  const actions = await listLinkTargets(ctx, "lstm");
  for (let i = 0; i < ITEMS; i++) {
    const item = await createEvidence(ctx, "lstm", itemAt(i));
    if (i % 5 === 0)
      await linkEvidence(ctx, "lstm", item.id, {
        target: "action",
        actionId: actions[i % actions.length]!.id,
      });
  }
  const file = await createEvidence(
    ctx,
    "lstm",
    { kind: "file", title: "Benchmark 5 MB file" },
    { file: { name: "bench.pdf", bytes: bigPdf() } },
  );
  const token = await finish();
  return { fileId: file.id, token };
}

async function run(label: string, env: Record<string, string>, port: number): Promise<Result[]> {
  const { fileId, token } = await seed({ ...env, AUTH_SECRET: PRODUCTION.AUTH_SECRET });
  const server = startServer(port, { ...env, ...PRODUCTION });
  try {
    await waitHealthy(server);
    const auth = { authorization: `Bearer ${token}` };
    const api = `${server.url}/api/v1/institutions/lstm`;
    return [
      await load(`${label}: GET /healthz (trivial)`, `${server.url}/healthz`, {}),
      await load(
        `${label}: GET /i/lstm/evidence (library page, first 50)`,
        `${server.url}/i/lstm/evidence`,
        auth,
      ),
      await load(
        `${label}: GET /i/lstm/evidence?pillar=recognition&year=2023 (filtered through links)`,
        `${server.url}/i/lstm/evidence?pillar=recognition&year=2023`,
        auth,
      ),
      await load(`${label}: GET /api/v1/…/evidence?limit=100 (API)`, `${api}/evidence?limit=100`, auth),
      await load(`${label}: GET /api/v1/…/evidence/:id/file (5 MB)`, `${api}/evidence/${fileId}/file`, auth),
    ];
  } finally {
    await server.stop();
  }
}

await onBothEngines("evidence", run, 3421);
