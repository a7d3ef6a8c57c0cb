import { cache } from "react";
import { directRows } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { processWideCache, StampedCache, stampOf } from "@/lib/cache/stamped";
import { notFound } from "@/lib/errors/app-error";
import { getClaimDetail, readCardCitations, readCardFlags, readClaimRow, readCommentsSince, readEventsSince, type ClaimDetail } from "./claim-detail";
import { appendRows, readFrom } from "./append-rows";

// A claim's card (its evidence, flags, discussion and history) is the claim page's costliest read: five statements
// whose cost grows with the claim's evidence and history (6.5 ms of the server's CPU on PostgreSQL for a claim with 26
// citations, 40 comments and 97 history lines). It changes only with the rows counted below, so the claim page and
// the claims API keep it in memory under their stamp, and bring a kept card up to date part by part.
const views = processWideCache("claim-cards", () => new StampedCache(500, 60_000));

/** The stamp of each part of a card: a part is read again only when its own stamp moved. */
interface PartStamps {
  claim: string;
  citations: string;
  flags: string;
  comments: string;
  events: string;
  people: string;
}

interface KeptCard {
  parts: PartStamps;
  detail: ClaimDetail;
}

/**
 * The stamps of a claim's card: the claim's version (raised by every write to it); the count and newest of its
 * history entries (every change to a claim writes one: a citation edited or removed, a flag settled), of its
 * citations (with the checks of their sources), flags and comments; and the newest user update (names). Counts do not
 * depend on the server instances' clocks; the newest dates add safety. The same statement counts the claims this one
 * repeats or contradicts (not part of the card): the claim page needs that count on every visit, and one statement
 * fewer is one round trip fewer on PostgreSQL. Once per request; undefined when there is no such claim.
 */
const readStampRow = cache(async function readStampRow(id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await directRows(Prisma.sql`
    SELECT c."version" AS v, c."updatedAt" AS cu,
      (SELECT COUNT(*) FROM "ClaimEvent" e WHERE e."claimId" = c."id") AS en,
      (SELECT MAX(e."createdAt") FROM "ClaimEvent" e WHERE e."claimId" = c."id") AS em,
      (SELECT COUNT(*) FROM "Citation" t WHERE t."claimId" = c."id") AS tn,
      (SELECT MAX(t."updatedAt") FROM "Citation" t WHERE t."claimId" = c."id") AS tm,
      (SELECT COUNT(*) FROM "Flag" f WHERE f."claimId" = c."id") AS fn,
      (SELECT MAX(f."updatedAt") FROM "Flag" f WHERE f."claimId" = c."id") AS fm,
      (SELECT COUNT(*) FROM "Comment" m WHERE m."claimId" = c."id") AS mn,
      (SELECT COUNT(*) FROM "SourceCheck" k JOIN "Citation" t ON t."sourceId" = k."sourceId" WHERE t."claimId" = c."id") AS kn,
      (SELECT MAX(u."updatedAt") FROM "User" u) AS u,
      (SELECT COUNT(*) FROM "ClaimMatch" r WHERE (r."claimId" = c."id" OR r."matchedClaimId" = c."id") AND r."status" <> 'REJECTED') AS rn
    FROM "Claim" c WHERE c."id" = ${id}`);
  return row;
});

/** The stamp of each part of a claim's card; null when there is no such claim. */
async function claimStamps(id: string): Promise<PartStamps | null> {
  const row = await readStampRow(id);
  if (!row) return null;
  return {
    claim: stampOf({ v: row.v, cu: row.cu }),
    citations: stampOf({ tn: row.tn, tm: row.tm, kn: row.kn }),
    flags: stampOf({ fn: row.fn, fm: row.fm }),
    comments: stampOf({ mn: row.mn }),
    events: stampOf({ en: row.en, em: row.em }),
    people: stampOf({ u: row.u }),
  };
}

/** How many claims this one repeats or contradicts, rejected matches aside (0 when there is no such claim). */
export async function claimRepeatsCount(id: string): Promise<number> {
  return Number((await readStampRow(id))?.rn ?? 0);
}

const stampOfParts = (parts: PartStamps) => Object.values(parts).join("/");

async function readCard(id: string, parts: PartStamps): Promise<KeptCard | null> {
  const detail = await getClaimDetail(id);
  return detail ? { parts, detail } : null;
}

/**
 * A kept card brought up to date: only the parts whose stamp moved are read again, and comments and history (which
 * are only appended to) from the newest kept row on. Under fifty writing reviewers every claim changes every second
 * or so, and each change used to cost a whole card in every server process; a comment now costs two short reads.
 */
async function refreshCard(id: string, older: KeptCard, parts: PartStamps): Promise<KeptCard | null> {
  const { citations, flags, comments, events, ...claim } = older.detail;
  const moved = (part: keyof PartStamps) => older.parts[part] !== parts[part];
  const commentsFrom = readFrom(comments);
  const eventsFrom = readFrom(events);
  const [row, newCitations, newFlags, newComments, newEvents] = await Promise.all([
    moved("claim") ? readClaimRow(id) : claim,
    moved("citations") ? readCardCitations(id) : citations,
    moved("flags") ? readCardFlags(id) : flags,
    moved("comments") ? readCommentsSince(id, commentsFrom).then((read) => appendRows(comments, commentsFrom, read)) : comments,
    moved("events") ? readEventsSince(id, eventsFrom).then((read) => appendRows(events, eventsFrom, read)) : events,
  ]);
  if (!row) return null;
  // A comment or history line written late with an earlier time than a kept one: the card is read whole.
  if (!newComments || !newEvents) return readCard(id, parts);
  return { parts, detail: { ...row, citations: newCitations, flags: newFlags, comments: newComments, events: newEvents } };
}

async function loadCard(id: string, parts: PartStamps, older?: Promise<KeptCard | null>): Promise<KeptCard | null> {
  const previous = await older?.catch(() => null);
  // A renamed person shows in every part: the card is read whole.
  if (!previous || previous.parts.people !== parts.people) return readCard(id, parts);
  return refreshCard(id, previous, parts);
}

// The article each claim seen belongs to (a claim never moves to another article), so that the claim page can read
// the article's view alongside the claim's card instead of after it. Only a hint: the page checks it.
const articleSlugs = new Map<string, string>();
const MAX_SLUGS_KEPT = 20_000;

/** The slug of the article a claim was last seen in, when this process has seen it. */
export function knownArticleSlug(claimId: string): string | undefined {
  return articleSlugs.get(claimId);
}

/** A claim's card from memory while nothing under it changed; once per request. Shared between requests: never mutate. */
export const claimView = cache(async function claimView(id: string): Promise<ClaimDetail | null> {
  const parts = await claimStamps(id);
  if (parts === null) return null;
  const kept = await views.get<KeptCard | null>(id, stampOfParts(parts), (older) => loadCard(id, parts, older));
  if (kept && articleSlugs.get(id) !== kept.detail.articleSlug) {
    if (articleSlugs.size >= MAX_SLUGS_KEPT) articleSlugs.clear();
    articleSlugs.set(id, kept.detail.articleSlug);
  }
  return kept?.detail ?? null;
});

/** For the API: a claim's card (the same as the page's, and as fresh), or a 404. */
export async function claimViewOrThrow(id: string): Promise<ClaimDetail> {
  const claim = await claimView(id);
  if (!claim) throw notFound("That claim");
  return claim;
}
