import type { FieldErrors } from "../../../src/core/errors";
import type { SectionContext } from "../../../src/core/submissions/sections/context";
import {
  type TechnicianVoiceDraft,
  voiceCoverage,
} from "../../../src/core/submissions/sections/technician-voice";
import { useT } from "../../i18n/i18n";
import { formatDate } from "../../lib/format";
import { ChoiceField, SelectField, TextAreaField, TextField } from "../forms";
import { SummaryList } from "../ui";
import { AddRow, optionsWith, Paragraphs, RowFieldset, TD, TH } from "./parts";

const countText = (v: number | string | null) => (v === null ? "" : String(v));

/**
 * Technician voice: the consultations (events from the library) with who took part, what came out,
 * and the actions they shaped, with the coverage per pillar worked out from the new plan.
 */
export function TechnicianVoiceFields({
  data,
  errors,
  context,
}: {
  data: TechnicianVoiceDraft;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const t = useT();
  const rows = data.consultations.length ? data.consultations : [{ evidenceId: "", participants: null }];
  const eventLabel = (e: SectionContext["events"][number]) =>
    e.occurredOn
      ? t("sections.voice.eventOption", { title: e.title, date: formatDate(e.occurredOn) })
      : e.title;
  return (
    <>
      <h2 className="mb-2 mt-8 text-2xl font-bold">{t("sections.voice.consultationsTitle")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("sections.voice.consultationsHint")}</p>
      {context.events.length === 0 && (
        <p className="mb-4">
          {t("sections.voice.noEvents")}{" "}
          <a href={`/i/${context.slug}/evidence/new`}>{t("sections.voice.addEvent")}</a>
        </p>
      )}
      {rows.map((c, i) => {
        const event = context.events.find((e) => e.id === c.evidenceId);
        const legend = event
          ? t("sections.voice.consultationNamed", { n: i + 1, name: event.title })
          : t("sections.voice.consultation", { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: an event may be chosen twice while typing.
          <RowFieldset key={i} legend={legend} list="consultations" index={i} count={rows.length}>
            <SelectField
              name={`consultations.${i}.evidenceId`}
              label={t("sections.voice.event")}
              defaultValue={c.evidenceId}
              errors={errors}
              options={optionsWith(
                context.events.map((e) => ({ value: e.id, label: eventLabel(e) })),
                c.evidenceId,
                t("sections.choose"),
                t("sections.notInList"),
              )}
            />
            <TextField
              name={`consultations.${i}.participants`}
              label={t("sections.voice.participants")}
              hint={t("sections.voice.participantsHint")}
              defaultValue={countText(c.participants)}
              errors={errors}
              width="max-w-[8rem]"
            />
          </RowFieldset>
        );
      })}
      <AddRow intent="add:consultations" label={t("sections.voice.addConsultation")} />
      <TextField
        name="participants"
        label={t("sections.voice.totalParticipants")}
        hint={t("sections.voice.totalParticipantsHint")}
        defaultValue={countText(data.participants)}
        errors={errors}
        width="max-w-[8rem]"
      />
      <TextAreaField
        name="outcomes"
        label={t("sections.voice.outcomes")}
        hint={t("sections.voice.outcomesHint")}
        defaultValue={data.outcomes}
        errors={errors}
        rows={8}
      />
      {context.actions.length ? (
        <ChoiceField
          type="checkbox"
          name="shapedActionIds"
          legend={t("sections.voice.shaped")}
          errors={errors}
          options={context.actions.map((a) => ({
            value: a.id,
            label: a.ref ? `${a.ref} ${a.title}` : a.title,
            hint: a.pillars.map((p) => context.pillars.find((x) => x.id === p)?.name ?? p).join(", "),
          }))}
          checked={data.shapedActionIds}
        />
      ) : (
        <p className="mb-6 text-slate-600">{t("sections.voice.noActions")}</p>
      )}
      <CoverageTable shaped={data.shapedActionIds} context={context} />
    </>
  );
}

/** Per pillar, how many of the new plan's actions technicians shaped: "2 of 5". */
export function CoverageTable({ shaped, context }: { shaped: string[]; context: SectionContext }) {
  const t = useT();
  const rows = voiceCoverage(shaped, context.actions, context.pillars);
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full max-w-xl border-collapse">
        <caption className="mb-2 text-left text-xl font-bold">{t("sections.voice.coverageTitle")}</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              {t("sections.voice.pillar")}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t("sections.voice.shapedColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.pillarId}>
              <th scope="row" className={TH}>
                {r.name}
              </th>
              <td className={`${TD} text-right tabular-nums`}>
                {r.total
                  ? t("sections.voice.coverage", { shaped: r.shaped, total: r.total })
                  : t("sections.voice.noActionsInPillar")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TechnicianVoiceView({
  data,
  context,
}: {
  data: TechnicianVoiceDraft;
  context: SectionContext;
}) {
  const t = useT();
  const shaped = context.actions.filter((a) => data.shapedActionIds.includes(a.id));
  return (
    <>
      {data.consultations.length ? (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full max-w-4xl border-collapse">
            <caption className="mb-2 text-left text-xl font-bold">{t("sections.voice.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  {t("sections.voice.event")}
                </th>
                <th scope="col" className={TH}>
                  {t("sections.voice.date")}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {t("sections.voice.participantsColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.consultations.map((c, i) => {
                const e = context.events.find((x) => x.id === c.evidenceId);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: stored answers hold each item once; the index only guards a bad row.
                  <tr key={`${i}-${c.evidenceId}`}>
                    <th scope="row" className={TH}>
                      {e ? (
                        <a href={`/i/${context.slug}/evidence/${e.id}`}>{e.title}</a>
                      ) : (
                        <span className="font-normal text-slate-600">{t("sections.notInList")}</span>
                      )}
                    </th>
                    <td className={TD}>{e?.occurredOn ? formatDate(e.occurredOn) : ""}</td>
                    <td className={`${TD} text-right tabular-nums`}>{countText(c.participants)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mb-6 text-slate-600">{t("sections.voice.noConsultations")}</p>
      )}
      <SummaryList
        rows={[
          { key: t("sections.voice.totalColumn"), value: countText(data.participants) },
          {
            key: t("sections.voice.outcomesTitle"),
            value: data.outcomes && <Paragraphs text={data.outcomes} />,
          },
          {
            key: t("sections.voice.shapedTitle"),
            value: shaped.length ? (
              <ul className="list-disc pl-5">
                {shaped.map((a) => (
                  <li key={a.id}>{a.ref ? `${a.ref} ${a.title}` : a.title}</li>
                ))}
              </ul>
            ) : (
              ""
            ),
          },
        ]}
      />
      <CoverageTable shaped={data.shapedActionIds} context={context} />
    </>
  );
}
