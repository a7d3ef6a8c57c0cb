import { formatDay } from "./words";
import type { ReportCorrection } from "./types";

/** One line of text: a quotation inside a notice must not carry the article's line breaks. */
const inline = (text: string) => text.replace(/\s+/g, " ").trim();

/** What one line of the notice is made from (a ReportCorrection has it all; the claim page builds it for a preview). */
export type NoticeLineInput = Pick<ReportCorrection, "verdict" | "originalSentence" | "correctedSentence" | "correctionApplied"> & { noticeWording?: string | null };

const MISTAKE: Record<ReportCorrection["verdict"], { was: string; is: string }> = {
  INACCURATE: { was: "This was inaccurate.", is: "This is inaccurate." },
  MISLEADING: { was: "This was misleading.", is: "This is misleading." },
};

/**
 * One correction as the notice states it, quoting whole sentences; also the text of its schema.org
 * CorrectionComment. It speaks of "an earlier version of this article" only once the correction has
 * been applied to the text; before that it says what the article says and what it should say.
 */
export function correctionSentence(c: NoticeLineInput): string {
  if (c.noticeWording?.trim()) return inline(c.noticeWording);
  const original = `“${inline(c.originalSentence)}”`;
  const corrected = c.correctedSentence ? `“${inline(c.correctedSentence)}”` : null;
  if (c.correctionApplied)
    return `An earlier version of this article said: ${original} ${MISTAKE[c.verdict].was}${corrected ? ` It now reads: ${corrected}` : ""}`;
  return `This article says: ${original} ${MISTAKE[c.verdict].is}${corrected ? ` It should say: ${corrected}` : ""}`;
}

/**
 * The ready-to-publish correction notice for one article, dated the day it is generated (the day the desk
 * publishes it). Only signed-off corrections are in it: a correction an editor has not approved is not the
 * publication's word yet. Null when there is none.
 */
export function correctionNotice(corrections: readonly ReportCorrection[], now: Date): string | null {
  const approved = corrections.filter((c) => c.signedOff);
  return approved.length === 0 ? null : noticeText(approved, now);
}

/** The notice's paragraphs joined by blank lines: its date, a line per correction, the closing. The claim page previews it. */
export function noticeText(lines: readonly NoticeLineInput[], now: Date): string {
  const closing = lines.length === 1 ? "We regret the error." : "We regret the errors.";
  return [`Correction, ${formatDay(now.toISOString())}`, ...lines.map(correctionSentence), closing].join("\n\n");
}
