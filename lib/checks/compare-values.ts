import type { ClaimValue } from "@/lib/claims/types";
import { dateRange, dimensionOf, magnitudeOf, type Dimension } from "./dimensions";
import { intervalOf, overlaps } from "./intervals";

export interface ValueFinding {
  dimension: Dimension;
  kind: "NUMBER_MISMATCH" | "DATE_MISMATCH";
  severity: "LOW" | "MEDIUM" | "HIGH";
  /** What the desk reads on the flag. */
  message: string;
  /** How far apart the two are, in words ("the claim is 1,000 times the source"), for a note naming several sources. */
  gap: string;
  articleSays: string;
  evidenceSays: string;
}

type Pair = { claim: ClaimValue; source: ClaimValue };

/** "1,000 times" — how far apart two magnitudes are, in words a reader checks at a glance. */
export function describeRatio(claim: number, source: number): string {
  if (source === 0 || claim === 0) return "the two differ";
  const ratio = claim / source;
  const format = (r: number) => (r >= 10 ? Math.round(r).toLocaleString("en-US") : r.toLocaleString("en-US", { maximumFractionDigits: 2 }));
  return ratio >= 1 ? `the claim is ${format(ratio)} times the source` : `the source is ${format(1 / ratio)} times the claim`;
}

function severityForRatio(claim: number, source: number): ValueFinding["severity"] {
  const spread = Math.max(Math.abs(claim / source), Math.abs(source / claim));
  if (!Number.isFinite(spread) || spread >= 2) return "HIGH";
  return spread >= 1.1 ? "MEDIUM" : "LOW";
}

function numbersAgree({ claim, source }: Pair): boolean {
  const a = magnitudeOf(claim)!;
  const b = magnitudeOf(source)!;
  return overlaps(intervalOf(a, claim, "claim"), intervalOf(b, source, "source"));
}

function compareNumbers(dimension: Dimension, pairs: Pair[]): ValueFinding | null {
  if (pairs.some(numbersAgree)) return null;
  // The closest pair is the one the passage most plausibly states.
  const closest = pairs.reduce((best, pair) => {
    const spread = (p: Pair) => Math.abs(Math.log(Math.abs(magnitudeOf(p.claim)! / magnitudeOf(p.source)!)));
    return spread(pair) < spread(best) ? pair : best;
  });
  const a = magnitudeOf(closest.claim)!;
  const b = magnitudeOf(closest.source)!;
  return {
    dimension,
    kind: "NUMBER_MISMATCH",
    severity: severityForRatio(a, b),
    message: `The article says “${closest.claim.text}”; the source says “${closest.source.text}”: ${describeRatio(a, b)}.`,
    gap: describeRatio(a, b),
    articleSays: closest.claim.text,
    evidenceSays: closest.source.text,
  };
}

function compareDates(pairs: Pair[]): ValueFinding | null {
  const ranged = pairs
    .map((p) => ({ ...p, a: dateRange(p.claim), b: dateRange(p.source) }))
    .filter((p): p is Pair & { a: NonNullable<ReturnType<typeof dateRange>>; b: NonNullable<ReturnType<typeof dateRange>> } => !!p.a && !!p.b);
  if (ranged.length === 0 || ranged.some((p) => p.a.from <= p.b.to && p.b.from <= p.a.to)) return null;
  const closest = ranged.reduce((best, p) => (Math.abs(p.a.from - p.b.from) < Math.abs(best.a.from - best.b.from) ? p : best));
  const sameYear = new Date(closest.a.from).getUTCFullYear() === new Date(closest.b.from).getUTCFullYear();
  return {
    dimension: "date",
    kind: "DATE_MISMATCH",
    severity: sameYear ? "MEDIUM" : "HIGH",
    message: `The article says “${closest.claim.text}”; the source says “${closest.source.text}”: the dates do not match.`,
    gap: "the dates do not match",
    articleSays: closest.claim.text,
    evidenceSays: closest.source.text,
  };
}

/**
 * Compares a claim's values with the values stated in a source passage, dimension by dimension.
 * A dimension raises nothing when any pair agrees (the passage states the claim's value somewhere);
 * otherwise the closest pair is reported. Money in different currencies is said plainly, not compared.
 */
export function compareValues(claimValues: ClaimValue[], passageValues: ClaimValue[]): ValueFinding[] {
  const findings: ValueFinding[] = [];
  const byDimension = new Map<Dimension, Pair[]>();
  const currencyOnly: Pair[] = [];
  for (const claim of claimValues) {
    const dimension = dimensionOf(claim);
    if (!dimension) continue;
    for (const source of passageValues) {
      if (dimensionOf(source) !== dimension) continue;
      if (dimension !== "date" && (magnitudeOf(claim) === null || magnitudeOf(source) === null)) continue;
      if (dimension === "money" && claim.unit !== source.unit) {
        currencyOnly.push({ claim, source });
        continue;
      }
      byDimension.set(dimension, [...(byDimension.get(dimension) ?? []), { claim, source }]);
    }
  }
  for (const [dimension, pairs] of byDimension) {
    const finding = dimension === "date" ? compareDates(pairs) : compareNumbers(dimension, pairs);
    if (finding) findings.push(finding);
  }
  if (currencyOnly.length > 0 && !byDimension.has("money")) {
    const { claim, source } = currencyOnly[0];
    findings.push({
      dimension: "money",
      kind: "NUMBER_MISMATCH",
      severity: "LOW",
      message: `The article says “${claim.text}” (${claim.unit}); the source says “${source.text}” (${source.unit}): different currencies, not compared.`,
      gap: `${source.unit}, not ${claim.unit}: not compared`,
      articleSays: claim.text,
      evidenceSays: source.text,
    });
  }
  return findings;
}
