import { escapeAttribute, escapeText } from "entities/escape";
import { layoutArticle } from "@/lib/anchoring/layout";
import { KIND_LABEL } from "./labels";
import { unpackHighlights, type HighlightClaim, type PackedHighlight } from "./highlights";
import { describeHighlight, markOf } from "./highlight-mark";

/** The start offset of each claim's last piece: its verdict glyph goes after the last of its words. */
function lastPieceStarts(paragraphs: ReturnType<typeof layoutArticle>): Set<number> {
  const last = new Map<string, number>();
  for (const paragraph of paragraphs) for (const piece of paragraph.pieces) if (piece.claimId) last.set(piece.claimId, piece.start);
  return new Set(last.values());
}

/**
 * The article's exact text with every claim highlighted at its span, as markup: each highlight's first piece is a
 * link to its claim (with the claim's kind and review in words for screen readers), every piece of a claim names
 * it in data-claim, and every piece gives its offset in the body in data-start (a selection is turned back into
 * exact offsets from it). Every text and attribute value is escaped here: the body is a newsroom's text, not ours.
 */
export function articleTextHtml(body: string, claims: readonly HighlightClaim[]): string {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const paragraphs = layoutArticle(body, [...claims]);
  const ends = lastPieceStarts(paragraphs);
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    out.push(`<p data-paragraph="${paragraph.index}">`);
    for (const piece of paragraph.pieces) {
      const text = escapeText(piece.text);
      const claim = piece.claimId ? byId.get(piece.claimId) : undefined;
      if (!claim) {
        out.push(`<span data-start="${piece.start}">${text}</span>`);
        continue;
      }
      const className = [
        "hl",
        `mark-${markOf(claim).key}`,
        ends.has(piece.start) ? "hl-end" : "",
        piece.first && claim.openHighFlags ? "hl-flagged" : piece.first && claim.openFlags ? "hl-flagged-other" : "",
      ]
        .filter(Boolean)
        .join(" ");
      const id = escapeAttribute(claim.id);
      if (!piece.first) {
        out.push(`<span class="${className}" data-claim="${id}" data-start="${piece.start}">${text}</span>`);
        continue;
      }
      const words = escapeText(` (${describeHighlight(claim, KIND_LABEL[claim.kind] ?? claim.kind)})`);
      out.push(
        `<a id="claim-${id}" href="/claims/${encodeURIComponent(claim.id)}" class="${className}" data-claim="${id}">` +
          `<span data-start="${piece.start}">${text}</span><span class="visually-hidden">${words}</span></a>`,
      );
    }
    out.push("</p>");
  }
  return out.join("");
}

/** The claim open beside the text, marked in the markup: outlined (data-active) and its link aria-current. */
export function withActiveClaim(html: string, claimId: string | undefined): string {
  if (!claimId) return html;
  const id = escapeAttribute(claimId);
  return html.replaceAll(`data-claim="${id}"`, `data-claim="${id}" data-active=""`).replace(`<a id="claim-${id}"`, `<a id="claim-${id}" aria-current="true"`);
}

// The markup changes only with the article's text (its revision) and its highlights, so it is made once per pair and
// reused: on the server for every full page load, in the browser for every visit to the same article. Bounded by
// count and by length, since one imported report can make several megabytes of markup.
const MAX_KEPT = 6;
const MAX_KEPT_CHARS = 16 * 1024 * 1024;
const kept = new Map<string, string>();

/** The highlighted text of one revision (`textKey` names it) with these highlights, from memory when made before. */
export function articleMarkup(textKey: string, body: string, highlights: readonly PackedHighlight[]): string {
  const key = `${textKey}\n${JSON.stringify(highlights)}`;
  const found = kept.get(key);
  if (found !== undefined) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const html = articleTextHtml(body, unpackHighlights(highlights));
  kept.set(key, html);
  let chars = 0;
  for (const value of kept.values()) chars += value.length;
  for (const [oldest, value] of kept) {
    if (kept.size <= 1 || (kept.size <= MAX_KEPT && chars <= MAX_KEPT_CHARS)) break;
    kept.delete(oldest);
    chars -= value.length;
  }
  return html;
}
