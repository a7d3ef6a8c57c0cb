import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorState, ClaimState, FlagStatus, Severity, Stance, SuggestionState, Verdict } from "@/lib/generated/prisma/enums";
import { createArticle, hashBody } from "@/lib/articles/create-article";
import { detectClaims } from "@/lib/claims";
import { seededRandom } from "./seeded-random";

let passwordHash: Promise<string> | undefined;

/** A user of the given role, as the domain functions see a signed-in person. */
export async function createUser(role: Role = "REVIEWER", overrides: { email?: string; name?: string; disabled?: boolean } = {}): Promise<SessionUser> {
  passwordHash ??= hashPassword("test-password");
  const email = overrides.email ?? `${role.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}@claimdesk.test`;
  return prisma.user.create({
    data: { email, name: overrides.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${email.slice(0, 6)}`, role, passwordHash: await passwordHash, disabled: overrides.disabled ?? false },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** An article with its detected claims accepted, as the seed makes them. */
export async function createTestArticle(body: string, overrides: { title?: string; url?: string; publishedAt?: Date } = {}) {
  const article = await createArticle({
    title: overrides.title ?? `Test article ${crypto.randomUUID().slice(0, 8)}`,
    body,
    url: overrides.url,
    publishedAt: overrides.publishedAt,
    claims: detectClaims(body, { publishedAt: overrides.publishedAt }),
    claimsAs: "ACCEPTED",
  });
  const claims = await prisma.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
  return { ...article, claims };
}

export const SAMPLE_BODY =
  "Flood aid\n\nIn the wake of the 2022 floods, the United States has provided more than $200 billion in aid.\n\nTrade between the two stood at $12 billion in 2022.";

/** Empties every table, children first, for files whose tests each want a clean database. */
export async function clearDatabase() {
  await prisma.$transaction([
    prisma.job.deleteMany(),
    prisma.claimEvent.deleteMany(),
    prisma.comment.deleteMany(),
    prisma.flag.deleteMany(),
    prisma.citation.deleteMany(),
    prisma.source.deleteMany(),
    prisma.claim.deleteMany(),
    prisma.articleRevision.deleteMany(),
    prisma.article.deleteMany(),
    prisma.user.deleteMany(),
    prisma.setting.deleteMany(),
  ]);
}

// ---- Many articles at once (the dashboard benchmark and its figure tests) ----------------------
// Plain createMany batches of rows shaped like the ones the app writes, so 50,000 claims take
// seconds. Each claim is consistent with the rules: a verdict has its rationale and citation, an
// INACCURATE or MISLEADING one its correction, and a claim at or past sign-off has a verdict.

function pick<T>(random: () => number, weighted: [T, number][]): T {
  let r = random() * weighted.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted[weighted.length - 1][0];
}

interface ManyRows {
  articles: Prisma.ArticleCreateManyInput[];
  revisions: Prisma.ArticleRevisionCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  sources: Prisma.SourceCreateManyInput[];
  citations: Prisma.CitationCreateManyInput[];
  flags: Prisma.FlagCreateManyInput[];
  events: Prisma.ClaimEventCreateManyInput[];
}

export interface ManyArticlesOptions {
  articles: number;
  claimsPerArticle: number;
  reviewers: SessionUser[];
  editor: SessionUser;
  now?: Date;
  seed?: number;
  /** Rows per createMany call. */
  batch?: number;
}

/** Articles with claims in every state, verdicts with their citations, flags and history, written in batches. */
export async function createManyArticles(options: ManyArticlesOptions) {
  const random = seededRandom(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const day = 86_400_000;
  const rows: ManyRows = { articles: [], revisions: [], claims: [], sources: [], citations: [], flags: [], events: [] };
  const tag = crypto.randomUUID().slice(0, 8);
  for (let s = 0; s < 200; s++)
    rows.sources.push({ id: `src-${tag}-${s}`, url: `https://example.org/${tag}/source-${s}`, title: `Official statistics release ${s}`, publisher: "Example Office", kind: s % 3 ? "SECONDARY" : "PRIMARY" });
  for (let i = 0; i < options.articles; i++) {
    const articleId = `art-${tag}-${i}`;
    const createdAt = new Date(now - (options.articles - i) * 3_600_000);
    let body = `Bench article ${i} (${tag})\n\n`;
    const spans: { start: number; end: number; quote: string }[] = [];
    for (let j = 0; j < options.claimsPerArticle; j++) {
      const quote = `the ministry reported ${(i * 97 + j * 13) % 9000 + 100} tonnes of grain in ${1990 + ((i + j) % 34)}`;
      const sentence = `Paragraph ${j}: ${quote}, officials said. `;
      const start = body.length + sentence.indexOf(quote);
      spans.push({ start, end: start + quote.length, quote });
      body += sentence + (j % 5 === 4 ? "\n\n" : "");
    }
    rows.articles.push({ id: articleId, slug: `bench-${tag}-${i}`, title: `Grain harvest report ${i}`, publication: "The Example Times", body, bodyHash: hashBody(body), createdAt, createdById: options.editor.id });
    rows.revisions.push({ articleId, number: 1, body, createdAt, createdById: options.editor.id });
    spans.forEach((span, j) => addClaim(rows, random, options, { articleId, id: `clm-${tag}-${i}-${j}`, span, body, createdAt, now, day, tag }));
  }
  const size = options.batch ?? 1000;
  async function write<T>(list: T[], create: (data: T[]) => Promise<unknown>) {
    for (let k = 0; k < list.length; k += size) await create(list.slice(k, k + size));
  }
  await write(rows.sources, (data) => prisma.source.createMany({ data }));
  await write(rows.articles, (data) => prisma.article.createMany({ data }));
  await write(rows.revisions, (data) => prisma.articleRevision.createMany({ data }));
  await write(rows.claims, (data) => prisma.claim.createMany({ data }));
  await write(rows.citations, (data) => prisma.citation.createMany({ data }));
  await write(rows.flags, (data) => prisma.flag.createMany({ data }));
  await write(rows.events, (data) => prisma.claimEvent.createMany({ data }));
  return { slugs: rows.articles.map((a) => a.slug), counts: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])) };
}

function addClaim(
  rows: ManyRows,
  random: () => number,
  options: ManyArticlesOptions,
  c: { articleId: string; id: string; span: { start: number; end: number; quote: string }; body: string; createdAt: Date; now: number; day: number; tag: string },
) {
  const suggestion = pick<SuggestionState>(random, [["ACCEPTED", 92], ["SUGGESTED", 5], ["REJECTED", 3]]);
  const state = suggestion === "ACCEPTED" ? pick<ClaimState>(random, [["UNREVIEWED", 40], ["IN_REVIEW", 25], ["AWAITING_SIGNOFF", 15], ["SIGNED_OFF", 20]]) : "UNREVIEWED";
  const rated = state === "AWAITING_SIGNOFF" || state === "SIGNED_OFF" || (state === "IN_REVIEW" && random() < 0.3);
  const verdict = rated ? pick<Verdict>(random, [["ACCURATE", 45], ["MOSTLY_ACCURATE", 20], ["MISLEADING", 12], ["INACCURATE", 13], ["UNVERIFIABLE", 10]]) : null;
  const wrong = verdict === "INACCURATE" || verdict === "MISLEADING";
  const assignee = suggestion === "ACCEPTED" && (state !== "UNREVIEWED" || random() < 0.5) ? options.reviewers[Math.floor(random() * options.reviewers.length)] : null;
  const anchor = pick<AnchorState>(random, [["ANCHORED", 90], ["TEXT_CHANGED", 7], ["ORPHANED", 3]]);
  const changedAt = new Date(c.now - Math.floor(random() * 40 * c.day));
  let version = 1;
  const event = (type: string, actorId: string | null, at: Date, field?: string, from?: string | null, to?: string | null) => {
    rows.events.push({ claimId: c.id, actorId, type, field: field ?? null, fromValue: from ?? null, toValue: to ?? null, createdAt: at });
    if (type !== "CLAIM_CREATED") version++;
  };
  event("CLAIM_CREATED", null, c.createdAt);
  if (assignee) event("ASSIGNED", options.editor.id, changedAt, "assignee", null, assignee.email);
  if (verdict) {
    const stance: Stance = wrong ? "CONTRADICTS" : verdict === "UNVERIFIABLE" ? "CONTEXT" : "SUPPORTS";
    rows.citations.push({ claimId: c.id, sourceId: `src-${c.tag}-${Math.floor(random() * 200)}`, passage: `The release gives the figure for ${c.span.quote.slice(-4)}.`, stance, createdById: assignee?.id ?? null });
    event("CITATION_ADDED", assignee?.id ?? null, changedAt, undefined, null, stance);
    event("VERDICT_PROPOSED", assignee?.id ?? null, changedAt, "verdict", null, verdict);
  }
  if (state !== "UNREVIEWED") event("STATE_CHANGED", assignee?.id ?? null, changedAt, "state", "UNREVIEWED", state === "SIGNED_OFF" ? "AWAITING_SIGNOFF" : state);
  if (state === "SIGNED_OFF") event("STATE_CHANGED", options.editor.id, changedAt, "state", "AWAITING_SIGNOFF", "SIGNED_OFF");
  if (suggestion === "ACCEPTED" && random() < 0.12) {
    const status = pick<FlagStatus>(random, [["OPEN", 70], ["RESOLVED", 20], ["DISMISSED", 10]]);
    const severity = pick<Severity>(random, [["HIGH", 30], ["MEDIUM", 40], ["LOW", 30]]);
    rows.flags.push({ claimId: c.id, kind: "NUMBER_MISMATCH", severity, status, note: "The source gives a different figure.", automatic: true, checkKey: `bench:${c.id}`, resolvedAt: status === "OPEN" ? null : changedAt });
    event("FLAG_RAISED", null, changedAt, undefined, null, `${severity} NUMBER_MISMATCH`);
  }
  const { start, end, quote } = c.span;
  rows.claims.push({
    id: c.id,
    articleId: c.articleId,
    start,
    end,
    quote,
    prefix: c.body.slice(Math.max(0, start - 32), start),
    suffix: c.body.slice(end, end + 32),
    kind: "number",
    values: "[]",
    score: Math.round(random() * 100) / 100,
    suggestion,
    state,
    verdict,
    rationale: verdict ? "Checked against the official release." : null,
    correction: wrong ? "the ministry reported a lower figure" : null,
    anchor,
    previousQuote: anchor === "TEXT_CHANGED" ? quote : null,
    assigneeId: assignee?.id ?? null,
    version,
    createdAt: c.createdAt,
    updatedAt: changedAt,
  });
}
