"use client";

import Link from "next/link";
import { layoutArticle } from "@/lib/anchoring/layout";
import { KIND_LABEL } from "./labels";
import type { HighlightClaim } from "./highlights";
import { STATE_MARKS, VERDICT_MARKS, describeHighlight, markOf, type MarkInfo } from "./highlight-mark";

/** The start offset of each claim's last piece: its verdict glyph goes after the last of its words. */
function lastPieceStarts(paragraphs: ReturnType<typeof layoutArticle>): Set<number> {
  const last = new Map<string, number>();
  for (const paragraph of paragraphs) for (const piece of paragraph.pieces) if (piece.claimId) last.set(piece.claimId, piece.start);
  return new Set(last.values());
}

/**
 * The article's exact text with every claim highlighted at its span; each highlight is a link to its claim.
 * A client component laid out from the body and the compact highlights: the page's payload carries the text
 * once instead of every piece of it as an element, server-rendered all the same.
 */
export function ArticleText({ body, claims, activeId }: { body: string; claims: HighlightClaim[]; activeId?: string }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const paragraphs = layoutArticle(body, claims);
  const ends = lastPieceStarts(paragraphs);
  return (
    <div className="article-text" role="region" aria-label="Article text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} data-paragraph={paragraph.index}>
          {paragraph.pieces.map((piece) => {
            const claim = piece.claimId ? byId.get(piece.claimId) : undefined;
            // data-start lets a text selection be turned back into exact offsets in the body.
            if (!claim) return <span key={piece.start} data-start={piece.start}>{piece.text}</span>;
            const mark = markOf(claim);
            const className = [
              "hl",
              `mark-${mark.key}`,
              ends.has(piece.start) ? "hl-end" : "",
              piece.first && claim.openHighFlags ? "hl-flagged" : piece.first && claim.openFlags ? "hl-flagged-other" : "",
              claim.id === activeId ? "hl-active" : "",
            ]
              .filter(Boolean)
              .join(" ");
            if (!piece.first) return <span key={piece.start} className={className} data-start={piece.start}>{piece.text}</span>;
            return (
              <Link
                key={piece.start}
                id={`claim-${claim.id}`}
                href={`/claims/${claim.id}`}
                className={className}
                data-claim={claim.id}
                aria-current={claim.id === activeId ? "true" : undefined}
              >
                <span data-start={piece.start}>{piece.text}</span>
                <span className="visually-hidden">{` (${describeHighlight(claim, KIND_LABEL[claim.kind] ?? claim.kind)})`}</span>
              </Link>
            );
          })}
        </p>
      ))}
    </div>
  );
}

function LegendItem({ mark }: { mark: MarkInfo }) {
  return (
    <li>
      <span className={`hl mark-${mark.key} hl-end legend-sample`} aria-hidden="true">
        Aa
      </span>{" "}
      {mark.label}
    </li>
  );
}

/** What every mark in the text means: colour, underline and glyph side by side with words. */
export function HighlightLegend() {
  return (
    <div className="legend" role="group" aria-label="What the highlights mean">
      <span className="legend-heading">Not rated yet:</span>
      <ul>
        {STATE_MARKS.map((mark) => (
          <LegendItem key={mark.key} mark={mark} />
        ))}
      </ul>
      <span className="legend-heading">With a verdict:</span>
      <ul>
        {VERDICT_MARKS.map((mark) => (
          <LegendItem key={mark.key} mark={mark} />
        ))}
      </ul>
      <span className="legend-heading">Also:</span>
      <ul>
        <li>
          <span className="hl mark-unreviewed hl-flagged legend-sample" aria-hidden="true">
            Aa
          </span>{" "}
          Open high-severity flag
        </li>
        <li>
          <span className="hl mark-unreviewed hl-flagged-other legend-sample" aria-hidden="true">
            Aa
          </span>{" "}
          Other open flag
        </li>
        <li>
          <span className="hl mark-unreviewed hl-active legend-sample" aria-hidden="true">
            Aa
          </span>{" "}
          The claim open beside the text
        </li>
      </ul>
    </div>
  );
}
