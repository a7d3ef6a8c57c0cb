// Scores the detector against the hand-labelled corpus in tests/fixtures/corpus (read-only, made by another
// helper). Shared by corpus-quality.test.ts and by anyone tuning the detector.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { detectClaims } from "../../../lib/claims";
import type { ClaimValue, DetectedClaim } from "../../../lib/claims";

export const CORPUS_DIR = path.resolve(__dirname, "../../fixtures/corpus");

export interface LabelledClaim {
  start: number;
  end: number;
  quote: string;
  kind: string;
  values: ClaimValue[];
}

export interface ArticleScore {
  slug: string;
  labelled: number;
  found: number;
  detections: number;
  correct: number;
  values: number;
  exactValues: number;
  missedClaims: LabelledClaim[];
  wrongDetections: DetectedClaim[];
  missedValues: { claim: LabelledClaim; value: ClaimValue }[];
}

export function corpusSlugs(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".labels.json"))
    .map((f) => f.replace(/\.labels\.json$/, ""))
    .filter((slug) => existsSync(path.join(CORPUS_DIR, `${slug}.txt`)))
    .sort();
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function sameValue(a: ClaimValue, b: ClaimValue): boolean {
  return a.kind === b.kind && a.value === b.value && (a.unit ?? null) === (b.unit ?? null) && (a.qualifier ?? null) === (b.qualifier ?? null);
}

export const HOLDOUT_DIR = path.resolve(__dirname, "../../fixtures/holdout");
export const NEWS_LABELS_DIR = path.resolve(__dirname, "../../fixtures/news");
/** The BBC/CNN texts are not in the repository (copyright): CI has them at ../shared/corpus/news from the root. */
export const NEWS_TEXT_DIR = path.resolve(__dirname, "../../../../shared/corpus/news");

export function holdoutSlugs(): string[] {
  return readdirSync(HOLDOUT_DIR).filter((f) => f.endsWith(".labels.json")).map((f) => f.replace(/\.labels\.json$/, "")).sort();
}

/** News articles of one part ("heldout" | "tuning") whose text is present. */
export function newsSlugs(part: "heldout" | "tuning"): string[] {
  if (!existsSync(NEWS_LABELS_DIR) || !existsSync(NEWS_TEXT_DIR)) return [];
  return readdirSync(NEWS_LABELS_DIR)
    .filter((f) => f.endsWith(".labels.json"))
    .map((f) => f.replace(/\.labels\.json$/, ""))
    .filter((slug) => existsSync(path.join(NEWS_TEXT_DIR, `${slug}.txt`)))
    .filter((slug) => JSON.parse(readFileSync(path.join(NEWS_LABELS_DIR, `${slug}.labels.json`), "utf8")).part === part)
    .sort();
}

/** Scores one article of the labelled corpus (usable directly as a `map` callback). */
export function scoreArticle(slug: string): ArticleScore {
  return scoreLabelled(slug, { labels: CORPUS_DIR });
}

/** Scores one article whose labels are in `dirs.labels` and text in `dirs.texts` (default: beside the labels). */
export function scoreLabelled(slug: string, dirs: { labels: string; texts?: string }): ArticleScore {
  const labelDir = dirs.labels;
  const textDir = dirs.texts ?? labelDir;
  const text = readFileSync(path.join(textDir, `${slug}.txt`), "utf8");
  const labels = JSON.parse(readFileSync(path.join(labelDir, `${slug}.labels.json`), "utf8")) as {
    publishedAt: string | null;
    claims: LabelledClaim[];
  };
  const publishedAt = labels.publishedAt ? new Date(`${labels.publishedAt}T00:00:00Z`) : null;
  const detected = detectClaims(text, { publishedAt });
  const score: ArticleScore = {
    slug, labelled: labels.claims.length, found: 0, detections: detected.length, correct: 0, values: 0, exactValues: 0,
    missedClaims: [], wrongDetections: [], missedValues: [],
  };
  for (const claim of labels.claims) {
    const hits = detected.filter((d) => overlaps(d, claim));
    if (hits.length > 0) score.found++;
    else score.missedClaims.push(claim);
    for (const value of claim.values) {
      score.values++;
      if (hits.some((d) => d.values.some((v) => sameValue(v, value)))) score.exactValues++;
      else score.missedValues.push({ claim, value });
    }
  }
  for (const d of detected) {
    if (labels.claims.some((c) => overlaps(d, c))) score.correct++;
    else score.wrongDetections.push(d);
  }
  return score;
}

export function totals(scores: ArticleScore[]) {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const labelled = sum((s) => s.labelled);
  const detections = sum((s) => s.detections);
  const values = sum((s) => s.values);
  return {
    recall: labelled ? sum((s) => s.found) / labelled : 1,
    precision: detections ? sum((s) => s.correct) / detections : 1,
    valueExactness: values ? sum((s) => s.exactValues) / values : 1,
    labelled,
    detections,
    values,
  };
}
