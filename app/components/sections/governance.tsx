import type { FieldErrors } from "../../../src/core/errors";
import type { SectionContext } from "../../../src/core/submissions/sections/context";
import { type GovernanceData, nextGroupKey } from "../../../src/core/submissions/sections/governance";
import { reportingTree } from "../../../src/core/submissions/sections/governance-tree";
import { useT } from "../../i18n/i18n";
import { fieldName } from "../evidence-ui";
import { ChoiceField, SelectField, TextAreaField, TextField } from "../forms";
import { SummaryList } from "../ui";
import { GovernanceDiagram } from "./governance-diagram";
import { AddRow, Paragraphs, RowFieldset, TD, TH } from "./parts";

/**
 * Staff structures and governance: each group (name, purpose, chairs, members, reporting line,
 * meetings), each committee with its technician representation, and the resourcing.
 */
export function GovernanceFields({
  data,
  errors,
}: {
  data: GovernanceData;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const t = useT();
  const groups = data.groups.length ? data.groups : [{ ...blank(), key: nextGroupKey([]) }];
  const committees = data.committees.length ? data.committees : [blankCommittee()];
  const groupLegend = (i: number, name: string) =>
    name.trim()
      ? t("sections.governance.groupNamed", { n: i + 1, name })
      : t("sections.governance.group", { n: i + 1 });
  return (
    <>
      <h2 className="mb-2 mt-8 text-2xl font-bold">{t("sections.governance.groupsTitle")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("sections.governance.groupsHint")}</p>
      {groups.map((g, i) => {
        const name = (field: string) => `groups.${i}.${field}`;
        const legend = groupLegend(i, g.name);
        return (
          <RowFieldset key={g.key} legend={legend} list="groups" index={i} count={groups.length}>
            <input type="hidden" name={name("key")} value={g.key} />
            <TextField
              name={name("name")}
              label={t("sections.governance.name")}
              defaultValue={g.name}
              errors={errors}
            />
            <TextAreaField
              name={name("purpose")}
              label={t("sections.governance.purpose")}
              defaultValue={g.purpose}
              errors={errors}
              rows={3}
            />
            <TextField
              name={name("chair")}
              label={t("sections.governance.chair")}
              defaultValue={g.chair}
              errors={errors}
            />
            <TextAreaField
              name={name("coChairs")}
              label={t("sections.governance.coChairs")}
              hint={t("sections.governance.namesHint")}
              defaultValue={g.coChairs.join("\n")}
              errors={errors}
              rows={2}
            />
            <TextAreaField
              name={name("members")}
              label={t("sections.governance.members")}
              hint={t("sections.governance.namesHint")}
              defaultValue={g.members.join("\n")}
              errors={errors}
              rows={5}
            />
            <SelectField
              name={name("reportsTo")}
              label={t("sections.governance.reportsTo")}
              hint={t("sections.governance.reportsToHint")}
              defaultValue={g.reportsTo}
              errors={errors}
              options={[
                { value: "", label: t("sections.governance.noGroup") },
                ...groups.flatMap((other, j) =>
                  other.key === g.key && j === i
                    ? []
                    : [{ value: other.key, label: groupLegend(j, other.name) }],
                ),
                // A line to a group since removed stays visible, so the error on it makes sense.
                ...(g.reportsTo && !groups.some((o) => o.key === g.reportsTo)
                  ? [{ value: g.reportsTo, label: t("sections.notInList") }]
                  : []),
              ]}
            />
            <TextField
              name={name("reportsToOther")}
              label={t("sections.governance.reportsToOther")}
              hint={t("sections.governance.reportsToOtherHint")}
              defaultValue={g.reportsToOther}
              errors={errors}
            />
            <TextField
              name={name("meets")}
              label={t("sections.governance.meets")}
              hint={t("sections.governance.meetsHint")}
              defaultValue={g.meets}
              errors={errors}
            />
          </RowFieldset>
        );
      })}
      <AddRow intent="add:groups" label={t("sections.governance.addGroup")} />

      <h2 className="mb-2 mt-8 text-2xl font-bold">{t("sections.governance.committeesTitle")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("sections.governance.committeesHint")}</p>
      {committees.map((c, i) => {
        const name = (field: string) => `committees.${i}.${field}`;
        const legend = c.name.trim()
          ? t("sections.governance.committeeNamed", { n: i + 1, name: c.name })
          : t("sections.governance.committee", { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: committees have no id; rows are re-rendered on each post.
          <RowFieldset key={i} legend={legend} list="committees" index={i} count={committees.length}>
            <TextField
              name={name("name")}
              label={t("sections.governance.committeeName")}
              defaultValue={c.name}
              errors={errors}
            />
            <ChoiceField
              type="checkbox"
              name={name("technicianRepresented")}
              legend={t("sections.governance.representation")}
              errors={errors}
              options={[{ value: "yes", label: t("sections.governance.represented") }]}
              checked={c.technicianRepresented ? ["yes"] : []}
            />
            <TextField
              name={name("representative")}
              label={t("sections.governance.representative")}
              defaultValue={c.representative}
              errors={errors}
            />
            <TextField
              name={name("since")}
              label={t("sections.governance.since")}
              hint={t("sections.governance.sinceHint")}
              defaultValue={c.since}
              errors={errors}
              width="max-w-xs"
            />
          </RowFieldset>
        );
      })}
      <AddRow intent="add:committees" label={t("sections.governance.addCommittee")} />

      <TextAreaField
        name="resourcing"
        label={t("sections.governance.resourcing")}
        hint={t("sections.governance.resourcingHint")}
        defaultValue={data.resourcing}
        errors={errors}
        rows={6}
      />
    </>
  );
}

const blank = () => ({
  key: "",
  name: "",
  purpose: "",
  chair: "",
  coChairs: [] as string[],
  members: [] as string[],
  reportsTo: "",
  reportsToOther: "",
  meets: "",
});
const blankCommittee = () => ({ name: "", technicianRepresented: false, representative: "", since: "" });

/** The answer read-only: the diagram with its list, each group's details, the committees, the resourcing. */
export function GovernanceView({ data }: { data: GovernanceData; context: SectionContext }) {
  const t = useT();
  const nameOf = (key: string) =>
    data.groups.find((g) => g.key === key)?.name || t("sections.governance.unnamed");
  return (
    <>
      {data.groups.length > 0 ? (
        <GovernanceDiagram tree={reportingTree(data.groups)} groupCount={data.groups.length} />
      ) : (
        <p className="mb-6 text-slate-600">{t("sections.governance.noGroups")}</p>
      )}
      {data.groups.map((g) => (
        <section key={g.key} className="mb-6">
          <h3 className="mb-2 text-lg font-bold">{g.name || t("sections.governance.unnamed")}</h3>
          <SummaryList
            rows={[
              {
                key: fieldName(t("sections.governance.purpose")),
                value: g.purpose && <Paragraphs text={g.purpose} />,
              },
              { key: t("sections.governance.chairLabel"), value: g.chair },
              { key: t("sections.governance.coChairsLabel"), value: g.coChairs.join(", ") },
              {
                key: fieldName(t("sections.governance.members")),
                value: g.members.length ? (
                  <ul className="list-disc pl-5">
                    {g.members.map((m, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: two members may share a name.
                      <li key={i}>{m}</li>
                    ))}
                  </ul>
                ) : (
                  ""
                ),
              },
              {
                key: fieldName(t("sections.governance.reportsTo")),
                value: g.reportsTo
                  ? nameOf(g.reportsTo)
                  : g.reportsToOther
                    ? t("sections.governance.reportsToOutside", { name: g.reportsToOther })
                    : t("sections.governance.reportsToNothing"),
              },
              { key: t("sections.governance.meetsLabel"), value: g.meets },
            ]}
          />
        </section>
      ))}
      {data.committees.length > 0 ? (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full max-w-4xl border-collapse">
            <caption className="mb-2 text-left text-xl font-bold">
              {t("sections.governance.committeesCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  {t("sections.governance.committeeName")}
                </th>
                <th scope="col" className={TH}>
                  {t("sections.governance.representedColumn")}
                </th>
                <th scope="col" className={TH}>
                  {fieldName(t("sections.governance.representative"))}
                </th>
                <th scope="col" className={TH}>
                  {fieldName(t("sections.governance.since"))}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.committees.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: committees have no id.
                <tr key={i}>
                  <th scope="row" className={TH}>
                    {c.name}
                  </th>
                  <td className={TD}>{c.technicianRepresented ? t("sections.yes") : t("sections.no")}</td>
                  <td className={TD}>{c.representative}</td>
                  <td className={TD}>{c.since}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mb-6 text-slate-600">{t("sections.governance.noCommittees")}</p>
      )}
      {data.resourcing && (
        <>
          <h3 className="mb-2 text-lg font-bold">{t("sections.governance.resourcingTitle")}</h3>
          <Paragraphs text={data.resourcing} />
        </>
      )}
    </>
  );
}
