import { extractValues } from "../../../lib/claims";
import type { ClaimValue } from "../../../lib/claims";

export const PUBLISHED = new Date("2024-02-15T12:00:00Z");

/** The comparable part of a value: kind, value, unit and qualifier (what the corpus labels hold). */
export function core(v: ClaimValue): Pick<ClaimValue, "kind" | "value" | "unit" | "qualifier"> {
  const out: Pick<ClaimValue, "kind" | "value" | "unit" | "qualifier"> = { kind: v.kind, value: v.value };
  if (v.unit !== undefined) out.unit = v.unit;
  if (v.qualifier !== undefined) out.qualifier = v.qualifier;
  return out;
}

export function valuesOf(text: string, kind?: ClaimValue["kind"], publishedAt?: Date) {
  return extractValues(text, { publishedAt })
    .filter((v) => !kind || v.kind === kind)
    .map(core);
}

export function only(text: string, kind: ClaimValue["kind"], publishedAt?: Date) {
  const vs = valuesOf(text, kind, publishedAt);
  if (vs.length !== 1) throw new Error(`expected one ${kind} in ${JSON.stringify(text)}, got ${JSON.stringify(vs)}`);
  return vs[0];
}
