"use client";

import { useFollowLink } from "./follow-link";
import { type MarkInfo, STATE_MARKS, VERDICT_MARKS } from "./highlight-mark";

/**
 * The article's exact text with every claim highlighted at its span; each highlight is a link to its claim.
 * The markup is made on the server once per article view (app/ui/article-html.ts) and set here as it is, so a
 * visit costs neither laying the text out nor rendering its pieces as elements twice. Following a highlight
 * stays a client-side navigation, as a Next.js link is; a modified click (new tab, new window) is the browser's.
 */
export function ArticleText({ html }: { html: string }) {
  const follow = useFollowLink<HTMLDivElement>("a[data-claim]");
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
