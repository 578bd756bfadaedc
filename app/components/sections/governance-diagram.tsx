import { useId } from "react";
import {
  boxStyle,
  type GovernanceDiagramOptions,
  layoutGovernanceDiagram,
} from "../../../src/charts/governance-diagram";
import type {
  GovernanceTree,
  GovernanceTreeNode,
} from "../../../src/core/submissions/sections/governance-tree";
import { useT } from "../../i18n/i18n";

/** The words the diagram and its list use, from the catalogue. */
export function useDiagramText(count: number): Omit<GovernanceDiagramOptions, "idPrefix"> {
  const t = useT();
  return {
    title: t("sections.governance.diagramTitle"),
    description: t("sections.governance.diagramDescription", { count }),
    labels: {
      chair: t("sections.governance.chairLabel"),
      coChairs: t("sections.governance.coChairsLabel"),
      meets: t("sections.governance.meetsLabel"),
      external: t("sections.governance.external"),
      unnamed: t("sections.governance.unnamed"),
    },
  };
}

/** React's `useId` made safe for ids an SVG references. */
const idPrefixFrom = (reactId: string) => `gov-${reactId.replace(/[^\w-]/g, "")}`;

/**
 * The governance structure as a figure: the diagram (an image named by the figure's caption and
 * described in words), then the same information as a nested list, which screen-reader and keyboard
 * users read instead and everyone can copy from. Drawn from the same layout as `governanceDiagramSvg`.
 */
export function GovernanceDiagram({ tree, groupCount }: { tree: GovernanceTree; groupCount: number }) {
  const t = useT();
  const text = useDiagramText(groupCount);
  const prefix = idPrefixFrom(useId());
  const l = layoutGovernanceDiagram(tree, { ...text, idPrefix: prefix });
  const captionId = `${prefix}-caption`;
  return (
    <figure className="mb-8">
      <figcaption id={captionId} className="mb-2 text-xl font-bold">
        {l.title}
      </figcaption>
      <div className="overflow-x-auto">
        <svg
          xmlns="http://www.w3.org/2000/svg"
          width={l.width}
          height={l.height}
          viewBox={`0 0 ${l.width} ${l.height}`}
          role="img"
          aria-labelledby={captionId}
          aria-describedby={l.ids.desc}
          fontFamily={l.fontFamily}
          fontSize={l.fontSize}
          className="h-auto max-w-none"
        >
          <title id={l.ids.title}>{l.title}</title>
          <desc id={l.ids.desc}>{l.description}</desc>
          <g fill="none" stroke={l.colours.line} strokeWidth={2}>
            {l.edges.map((e) => (
              <path key={`${e.from}>${e.to}`} d={e.d} />
            ))}
          </g>
          {l.boxes.map((b) => {
            const s = boxStyle(l, b);
            return (
              <g key={b.id}>
                <rect
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  fill={s.fill}
                  stroke={s.stroke}
                  strokeWidth={s.strokeWidth}
                  strokeDasharray={s.strokeDasharray}
                />
                <text fill={l.colours.text}>
                  {b.lines.map((line) => (
                    <tspan
                      key={`${line.y}`}
                      x={line.x}
                      y={line.y}
                      fontWeight={line.weight === "bold" ? "bold" : undefined}
                      fontStyle={line.italic ? "italic" : undefined}
                    >
                      {line.text}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <h3 className="mb-2 mt-4 text-lg font-bold">{t("sections.governance.diagramListTitle")}</h3>
      <TreeList nodes={tree} labels={text.labels} />
    </figure>
  );
}

function TreeList({
  nodes,
  labels,
}: {
  nodes: GovernanceTreeNode[];
  labels: GovernanceDiagramOptions["labels"];
}) {
  return (
    <ul className="list-disc pl-6">
      {nodes.map((n) => (
        <li key={n.id} className="mt-1">
          <strong>{n.name.trim() || labels.unnamed}</strong>
          {n.kind === "external" && <em> ({labels.external})</em>}
          {n.chair && <span>; {`${labels.chair}: ${n.chair}`}</span>}
          {n.coChairs.length > 0 && <span>; {`${labels.coChairs}: ${n.coChairs.join(", ")}`}</span>}
          {n.meets && <span>; {`${labels.meets}: ${n.meets}`}</span>}
          {n.children.length > 0 && <TreeList nodes={n.children} labels={labels} />}
        </li>
      ))}
    </ul>
  );
}
