import type { ClaimValue } from "@/lib/claims/types";
import { parseStoredValues } from "./stored-values";

/** The columns a Claim needs to be shown or sent as API.md's Claim JSON. */
export const claimSelect = {
  id: true,
  start: true,
  end: true,
  quote: true,
  prefix: true,
  suffix: true,
  kind: true,
  values: true,
  score: true,
  origin: true,
  suggestion: true,
  state: true,
  verdict: true,
  rationale: true,
  correction: true,
  notice: true,
  anchor: true,
  previousQuote: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  article: { select: { slug: true } },
  assignee: { select: { email: true, name: true } },
} as const;

/** A claim as `claimSelect` reads it. */
export interface ClaimRow {
  id: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  kind: string;
  values: string;
  score: number;
  origin: string;
  suggestion: string;
  state: string;
  verdict: string | null;
  rationale: string | null;
  correction: string | null;
  notice: string | null;
  anchor: string;
  previousQuote: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  article: { slug: string };
  assignee: { email: string; name: string } | null;
}

export interface ClaimJson {
  id: string;
  articleSlug: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  kind: string;
  values: ClaimValue[];
  score: number;
  state: string;
  verdict: string | null;
  anchor: string;
  version: number;
  rationale: string | null;
  correction: string | null;
  /** An editor's wording of this claim's line in the correction notice; null: the generated wording. */
  notice: string | null;
  origin: string;
  suggestion: string;
  previousQuote: string | null;
  /** A claim with a suggested correction whose text was since revised: how the desk sees a correction applied. */
  correctionApplied: boolean;
  assignee: { email: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
}

export function toClaimJson(row: ClaimRow): ClaimJson {
  return {
    id: row.id,
    articleSlug: row.article.slug,
    start: row.start,
    end: row.end,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    kind: row.kind,
    values: parseStoredValues(row.values),
    score: row.score,
    state: row.state,
    verdict: row.verdict,
    anchor: row.anchor,
    version: row.version,
    rationale: row.rationale,
    correction: row.correction,
    notice: row.notice,
    origin: row.origin,
    suggestion: row.suggestion,
    previousQuote: row.previousQuote,
    correctionApplied: row.anchor === "TEXT_CHANGED" && !!row.correction,
    assignee: row.assignee,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
