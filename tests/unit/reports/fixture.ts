import { assembleReport, type ArticleRecord, type ClaimRecord } from "@/lib/reports/assemble";
import type { Report } from "@/lib/reports/types";

export const SCRIPT = "<script>alert('x')</script>";
export const NOW = new Date("2024-03-05T12:00:00Z");
export const APP = "https://desk.example";

/**
 * A small article with every case the report has: a signed-off correction, a pending one whose text was
 * revised (so its correction counts as applied), an accurate claim after an astral character (🌊 is two
 * UTF-16 units but one code point), an unreviewed claim and an orphaned one. With `hostile`, every free
 * text field carries a <script> tag.
 */
export function fixtureInput({ hostile = false }: { hostile?: boolean } = {}): { article: ArticleRecord; claims: ClaimRecord[] } {
  const t = (s: string) => (hostile ? `${s} ${SCRIPT}` : s);
  const body = [
    t("Flood aid 🌊"),
    "",
    `In the wake of the 2022 floods, the United States has provided ${t("more than $200 billion")} in aid.`,
    "",
    `Trade stood at ${t("$12 billion")} in 2022. 😀 Then 5 ships arrived.`,
  ].join("\n");
  const at = (quote: string) => {
    const start = body.indexOf(quote);
    if (start < 0) throw new Error(`not in the body: ${quote}`);
    return { start, end: start + quote.length, quote, prefix: "", suffix: "" };
  };
  const reviewer = { name: t("Riya Reviewer"), email: "reviewer@claimdesk.test" };
  const editor = { name: t("Ed Editor"), email: "editor@claimdesk.test" };
  const article: ArticleRecord = {
    id: "a1",
    slug: "flood-aid",
    title: t("Flood aid & trade"),
    publication: t("The Diplomat"),
    url: "https://thediplomat.example/flood-aid",
    publishedAt: new Date("2024-01-31T00:00:00Z"),
    createdAt: new Date("2024-02-01T09:00:00Z"),
    currentRevision: 2,
    body,
  };
  const none = { citations: [], flags: [], events: [], rationale: null, correction: null, previousQuote: null, values: "[]" };
  const claim = (id: string, quote: string, rest: Partial<ClaimRecord>): ClaimRecord => ({
    ...none,
    id,
    articleId: "a1",
    ...at(quote),
    kind: "money",
    state: "UNREVIEWED",
    verdict: null,
    anchor: "ANCHORED",
    ...rest,
  });
  const claims: ClaimRecord[] = [
    claim("c-aid", t("more than $200 billion"), {
      state: "SIGNED_OFF",
      verdict: "INACCURATE",
      values: JSON.stringify([{ kind: "money", value: 200_000_000_000, unit: "USD", qualifier: "more than", text: "more than $200 billion" }]),
      rationale: t("Official figures are in millions."),
      correction: t("more than $200 million"),
      citations: [
        {
          passage: t("Since the 2022 floods, the United States has provided over $200 million in flood relief."),
          stance: "CONTRADICTS",
          source: { url: "https://www.state.gov/u-s-relations-with-pakistan/", title: t("U.S. Relations With Pakistan"), publisher: t("U.S. Department of State"), kind: "PRIMARY" },
        },
      ],
      flags: [
        { kind: "NUMBER_MISMATCH", severity: "HIGH", status: "OPEN", note: t("The source says $200 million: 1,000× less."), resolutionNote: null },
        { kind: "OTHER", severity: "LOW", status: "DISMISSED", note: "Dismissed: not a problem.", resolutionNote: null },
      ],
      events: [
        { type: "VERDICT_PROPOSED", toValue: "MISLEADING", createdAt: new Date("2024-03-01T10:00:00Z"), actor: editor },
        { type: "VERDICT_PROPOSED", toValue: "INACCURATE", createdAt: new Date("2024-03-02T10:00:00Z"), actor: reviewer },
        { type: "STATE_CHANGED", toValue: "SIGNED_OFF", createdAt: new Date("2024-03-03T15:30:00Z"), actor: editor },
      ],
    }),
    claim("c-trade", t("$12 billion"), {
      state: "AWAITING_SIGNOFF",
      verdict: "MISLEADING",
      anchor: "TEXT_CHANGED",
      previousQuote: t("$14 billion"),
      rationale: t("The figure includes services."),
      correction: t("$9 billion in goods"),
      citations: [
        {
          passage: t("Trade in goods came to roughly $9 billion."),
          stance: "CONTEXT",
          source: { url: "https://www.census.gov/trade", title: t("Trade in Goods"), publisher: null, kind: "PRIMARY" },
        },
      ],
      flags: [{ kind: "NUMBER_MISMATCH", severity: "MEDIUM", status: "RESOLVED", note: t("Differs from the census."), resolutionNote: t("Explained by services.") }],
      events: [{ type: "VERDICT_PROPOSED", toValue: "MISLEADING", createdAt: new Date("2024-03-04T08:00:00Z"), actor: reviewer }],
    }),
    claim("c-ships", "5 ships", {
      kind: "number",
      state: "SIGNED_OFF",
      verdict: "ACCURATE",
      rationale: t("Port records agree."),
      events: [
        { type: "VERDICT_PROPOSED", toValue: "ACCURATE", createdAt: new Date("2024-03-02T09:00:00Z"), actor: reviewer },
        { type: "STATE_CHANGED", toValue: "SIGNED_OFF", createdAt: new Date("2024-03-02T11:00:00Z"), actor: editor },
      ],
    }),
    claim("c-year", "2022 floods", { kind: "date" }),
    { ...claim("c-gone", "more than", {}), anchor: "ORPHANED", quote: t("a sentence since deleted"), start: 0, end: 0, prefix: "before ", suffix: " after" },
  ];
  return { article, claims };
}

export function fixtureReport(options: { hostile?: boolean } = {}): Report {
  const { article, claims } = fixtureInput(options);
  return assembleReport({ articles: [article], claims, appUrl: `${APP}/`, now: NOW });
}
