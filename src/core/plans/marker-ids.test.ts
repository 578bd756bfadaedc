import { describe, expect, it } from "vitest";
import { withMarkerIds } from "./marker-ids";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const FOREIGN = "00000000-0000-4000-8000-0000000000ff";

/** Predictable new ids: n1, n2, … */
function counter() {
  let n = 0;
  return () => `n${++n}`;
}

describe("withMarkerIds", () => {
  it.each<[string, (string | null | undefined)[], string[], string[]]>([
    ["a new action: every marker gets a new id", [undefined, null], [], ["n1", "n2"]],
    ["a new action: ids sent by the client are not trusted", [A, B], [], ["n1", "n2"]],
    ["an edit keeps this action's ids", [A, B], [A, B], [A, B]],
    ["reordered markers keep their own ids", [B, A], [A, B], [B, A]],
    ["removing one keeps the other's id", [B], [A, B], [B]],
    ["an added marker gets a new id beside the kept ones", [A, undefined, B], [A, B], [A, "n1", B]],
    ["an id from another action is replaced", [A, FOREIGN], [A, B], [A, "n1"]],
    ["an id sent twice is kept once", [A, A], [A, B], [A, "n1"]],
  ])("%s", (_, sent, existing, expected) => {
    const markers = sent.map((id, i) => ({ id, text: `Marker ${i + 1}` }));
    const result = withMarkerIds(markers, existing, counter());
    expect(result.map((m) => m.id)).toEqual(expected);
    expect(result.map((m) => m.text)).toEqual(markers.map((m) => m.text));
  });

  it("makes UUIDs by default", () => {
    const [m] = withMarkerIds([{ text: "One" }]);
    expect(m?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
