import { escapeAttribute, escapeText } from "entities/escape";
import { layoutArticle } from "@/lib/anchoring/layout";
import { KIND_LABEL } from "./labels";
import { toHighlights, type HighlightClaim } from "./highlights";
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

// The markup changes only with the article view (its text and claims, kept in memory under their stamp) and the
// open flags' counts, so it is made once per view and flag state instead of on every visit: laying out and
// rendering every piece as an element, once for React's payload and again as HTML, was most of a reading page's
// own work. Keyed by the view's claim list, so a view dropped from memory takes its markup with it.
const rendered = new WeakMap<readonly object[], { flags: string; html: string }>();

const flagState = (flags: ReadonlyMap<string, { open: number; high: number }>) =>
  [...flags]
    .map(([id, f]) => `${id}:${f.open}:${f.high}`)
    .sort()
    .join(",");

/** The highlighted text of an article view (shared between requests: its claim list is never mutated). */
export function articleHtml(body: string, claims: readonly HighlightClaim[], flags: ReadonlyMap<string, { open: number; high: number }>): string {
  const state = flagState(flags);
  const kept = rendered.get(claims);
  if (kept?.flags === state) return kept.html;
  const html = articleTextHtml(body, toHighlights(claims, flags));
  rendered.set(claims, { flags: state, html });
  return html;
}
