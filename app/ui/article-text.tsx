"use client";

import { useEffect, useMemo } from "react";
import { useFollowLink } from "./follow-link";
import { textKeyOf, useArticleBody } from "./article-body";
import { articleMarkup, withActiveClaim } from "./article-html";
import type { PackedHighlight } from "./highlights";
import { scrollClaimIntoView } from "./scroll-to-claim";
import { type MarkInfo, STATE_MARKS, VERDICT_MARKS } from "./highlight-mark";

/**
 * The article's exact text with every claim highlighted at its span; each highlight is a link to its claim.
 * The page sends the highlights as compact tuples and the text only with a full page load; the markup is made
 * from them once per text and highlights (app/ui/article-html.ts), on the server for the first load and in the
 * browser after, so a visit costs neither laying the text out nor sending it again. Following a highlight
 * stays a client-side navigation, as a Next.js link is; a modified click (new tab, new window) is the browser's.
 */
export function ArticleText({ slug, version, body, highlights, activeClaimId }: { slug: string; version: number; body?: string; highlights: PackedHighlight[]; activeClaimId?: string }) {
  const follow = useFollowLink<HTMLDivElement>("a[data-claim]");
  const text = useArticleBody(slug, version, body);
  const html = useMemo(() => (text === null ? null : withActiveClaim(articleMarkup(textKeyOf(slug, version), text, highlights), activeClaimId)), [text, slug, version, highlights, activeClaimId]);
  const ready = html !== null;
  // The open claim's highlight is brought into view when its page opens, once its text is there (a page reached
  // from elsewhere may read the text first).
  useEffect(() => {
    if (ready && activeClaimId) scrollClaimIntoView(activeClaimId);
  }, [ready, activeClaimId]);
  if (html === null) {
    return (
      <div className="article-text" role="region" aria-label="Article text" aria-busy="true">
        <p className="muted">Loading the article text…</p>
      </div>
    );
  }
  return <div className="article-text" role="region" aria-label="Article text" onClick={follow} dangerouslySetInnerHTML={{ __html: html }} />;
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
