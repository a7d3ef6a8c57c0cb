import { formatDay } from "./words";
import type { ReportCorrection } from "./types";

/** One line of text: a quotation inside a notice must not carry the article's line breaks. */
const inline = (text: string) => text.replace(/\s+/g, " ").trim();

/** Closes a sentence after a quotation unless the quotation already ends one. */
const sentenceEnd = (quoted: string) => (/[.!?]”$/.test(quoted) ? quoted : `${quoted}.`);

const MISTAKE: Record<ReportCorrection["verdict"], string> = {
  INACCURATE: "This was inaccurate",
  MISLEADING: "This was misleading",
};

/** One correction as the notice states it; also the text of its schema.org CorrectionComment. */
export function correctionSentence(c: ReportCorrection): string {
  const fix = c.correction ? `: it should have said ${sentenceEnd(`“${inline(c.correction)}”`)}` : ".";
  return `An earlier version of this article said ${sentenceEnd(`“${inline(c.originalWording)}”`)} ${MISTAKE[c.verdict]}${fix}`;
}

/**
 * The ready-to-publish correction notice for one article, dated the day it is generated (the day the desk
 * publishes it). Only signed-off corrections are in it: a correction an editor has not approved is not the
 * publication's word yet. Null when there is none. The notice does not claim the text was changed, since
 * the report shows separately whether each correction has been applied.
 */
export function correctionNotice(corrections: readonly ReportCorrection[], now: Date): string | null {
  const approved = corrections.filter((c) => c.signedOff);
  if (approved.length === 0) return null;
  const lines = approved.map(correctionSentence);
  const closing = approved.length === 1 ? "We regret the error." : "We regret the errors.";
  return [`Correction, ${formatDay(now.toISOString())}`, ...lines, closing].join("\n\n");
}
