import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { paragraphNumberAt } from "@/lib/anchoring/layout";
import { reviseArticle } from "@/lib/articles/revise-article";
import { attachSource } from "@/lib/sources/attach-source";
import { updateClaim } from "@/lib/review/update-claim";
import { loadArticleReport, loadCorrections } from "@/lib/reports/load-report";
import { renderReport } from "@/lib/reports/render";
import { escapeHtml } from "@/lib/reports/render-html";
import { streamCorrectionsCsv } from "@/lib/reports/stream-csv";
import type { Report } from "@/lib/reports/types";
import { seedDemo } from "@/prisma/seed-demo";
import { DEMO_ARTICLE } from "@/prisma/demo";
import { createTestArticle, createUser } from "../factories";
import { expectClaimReview, expectCorrectionComment } from "../unit/reports/jsonld-checks";
import { folded, pdfText } from "../unit/reports/pdf-text";

const slug = DEMO_ARTICLE.slug;
const APP = "https://desk.example";
const NOW = new Date("2024-03-05T12:00:00Z");
const CORRECTION = "more than $200 million";
let reviewer: SessionUser;
let editor: SessionUser;
let report: Report;

const claimWith = async (text: string) =>
  prisma.claim.findFirstOrThrow({ where: { article: { slug }, quote: { contains: text } }, select: { id: true, version: true } });

/**
 * The demo as a desk would leave it: the flood-aid claim found INACCURATE, signed off and corrected in a
 * revision of the text; the trade figure found MISLEADING and awaiting sign-off; the arms sale ACCURATE.
 */
beforeAll(async () => {
  await seedDemo();
  reviewer = await createUser("REVIEWER", { name: "Rita Checker" });
  editor = await createUser("EDITOR", { name: "Edna Desk" });

  const flood = await claimWith("$200 billion");
  await updateClaim(reviewer, flood.id, { version: flood.version, state: "IN_REVIEW" });
  await updateClaim(reviewer, flood.id, {
    version: flood.version + 1,
    verdict: "INACCURATE",
    rationale: "The State Department puts flood aid at over $200 million.",
    correction: CORRECTION,
    state: "AWAITING_SIGNOFF",
  });
  await updateClaim(editor, flood.id, { version: flood.version + 2, state: "SIGNED_OFF", overrideOpenFlags: "The mismatch is what the correction fixes." });

  const trade = await claimWith("$12 billion");
  await attachSource(reviewer, trade.id, {
    url: "https://ustr.gov/countries-regions/south-central-asia/pakistan",
    title: "Pakistan | United States Trade Representative",
    publisher: "USTR",
    passage: "U.S. goods and services trade with Pakistan totaled an estimated $10.0 billion in 2022.",
    stance: "CONTRADICTS",
  });
  await updateClaim(reviewer, trade.id, { version: trade.version, verdict: "MISLEADING", rationale: "Goods and services came to $10 billion.", correction: "$10 billion", state: "AWAITING_SIGNOFF" });

  const arms = await claimWith("$450 million");
  await updateClaim(reviewer, arms.id, { version: arms.version, verdict: "ACCURATE", rationale: "The DSCA notice gives $450 million." });

  const article = await prisma.article.findUniqueOrThrow({ where: { slug }, select: { body: true } });
  await reviseArticle(editor, slug, { body: article.body.replace("more than $200 billion.", `${CORRECTION}.`), version: 1 });

  report = await loadArticleReport(slug, { appUrl: APP, now: NOW });
});

/** What the database says each correction is, read without the report code. */
async function corrections() {
  const article = await prisma.article.findUniqueOrThrow({ where: { slug }, select: { id: true, body: true } });
  const rows = await prisma.claim.findMany({
    where: { articleId: article.id, verdict: { in: ["INACCURATE", "MISLEADING"] }, suggestion: { not: "REJECTED" } },
    orderBy: { start: "asc" },
    include: { citations: { where: { removedAt: null }, include: { source: true } }, events: { include: { actor: true }, orderBy: { createdAt: "asc" } } },
  });
  return rows.map((r) => ({
    id: r.id,
    verdict: r.verdict,
    originalWording: r.previousQuote ?? r.quote,
    quote: r.quote,
    paragraph: paragraphNumberAt(article.body, r.start),
    correction: r.correction!,
    signedOff: r.state === "SIGNED_OFF",
    applied: r.anchor === "TEXT_CHANGED" && !!r.correction,
    reviewer: r.events.filter((e) => e.type === "VERDICT_PROPOSED").at(-1)!.actor!,
    signer: r.state === "SIGNED_OFF" ? r.events.filter((e) => e.type === "STATE_CHANGED" && e.toValue === "SIGNED_OFF").at(-1)!.actor! : null,
    passages: r.citations.map((c) => c.passage),
  }));
}

/** The stream's bytes as UTF-8 text, byte order mark included (Response.text() would drop it). */
const readAll = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");

const text = async (format: "md" | "html" | "json" | "jsonld" | "w3c" | "csv") => (await renderReport(report, format)).body as string;

describe("the corrections report on the demo article", () => {
  it("holds the flood-aid correction, signed off and applied, and the pending trade one", async () => {
    const expected = await corrections();
    expect(expected.map((c) => [c.verdict, c.signedOff, c.applied])).toEqual([
      ["INACCURATE", true, true],
      ["MISLEADING", false, false],
    ]);
    expect(expected[0].originalWording).toContain("more than $200 billion");
    expect(expected[0].quote).toContain(CORRECTION);
    expect(expected[0]).toMatchObject({ reviewer: { email: reviewer.email }, signer: { email: editor.email } });
  });

  it("JSON parses back to the database's corrections", async () => {
    const json = JSON.parse(await text("json"));
    const expected = await corrections();
    expect(json.articles[0].corrections).toHaveLength(expected.length);
    json.articles[0].corrections.forEach((c: Record<string, any>, i: number) => {
      const e = expected[i];
      expect(c).toMatchObject({ id: e.id, verdict: e.verdict, originalWording: e.originalWording, quote: e.quote, paragraph: e.paragraph, correction: e.correction, signedOff: e.signedOff, correctionApplied: e.applied });
      expect(c.reviewedBy.email).toBe(e.reviewer.email);
      expect(c.signedOffBy?.email ?? null).toBe(e.signer?.email ?? null);
      expect(c.evidence.map((x: { passage: string }) => x.passage)).toEqual(e.passages);
    });
    const counts = await prisma.claim.groupBy({ by: ["verdict"], where: { article: { slug }, suggestion: { not: "REJECTED" }, verdict: { not: null } }, _count: { _all: true } });
    for (const row of counts) expect(json.summary.byVerdict[row.verdict!]).toBe(row._count._all);
    expect(json.summary.claimsChecked).toBe(counts.reduce((n, row) => n + row._count._all, 0));
    // The whole sentence, never one starting mid-sentence ("to date, continues to roll out funds…"), and
    // "an earlier version" because the revision applied the correction to the text.
    expect(json.articles[0].notice).toContain("An earlier version of this article said: “In the wake of the 2022 floods in Pakistan, which inundated one-third of the country,");
    expect(json.articles[0].notice).toContain(`It now reads: “In the wake of the 2022 floods in Pakistan,`);
    expect(json.articles[0].notice).toContain(CORRECTION.replace(/\.$/, ""));
    expect(json.articles[0].notice).not.toContain("$10 billion");
  });

  it("Markdown and HTML show every correction's wording, paragraph, correction, evidence and people", async () => {
    const md = await text("md");
    const html = await text("html");
    expect(html).not.toMatch(/<script/i);
    for (const e of await corrections()) {
      for (const part of [e.originalWording, e.correction, ...e.passages, e.reviewer.name]) {
        expect(md).toContain(part.replace(/[\\`*_{}[\]<>#|~&]/g, (ch) => `\\${ch}`));
        expect(html).toContain(escapeHtml(part));
      }
      expect(md).toContain(`paragraph ${e.paragraph} (`);
      if (e.signer) expect(html).toContain(`Signed off by: ${escapeHtml(e.signer.name)}`);
    }
  });

  it("CSV, streamed from the database and rendered in memory alike, parses back to one row per correction", async () => {
    const streamed = await readAll(await streamCorrectionsCsv({ slug }, { appUrl: APP }));
    const rendered = await text("csv");
    expect(streamed).toBe(rendered);
    const rows = parse(streamed, { bom: true, columns: true }) as Record<string, string>[];
    const expected = await corrections();
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const e = expected[i];
      expect(row).toMatchObject({
        claim_id: e.id,
        verdict: e.verdict!,
        original_wording: e.originalWording,
        current_wording: e.quote,
        paragraph: String(e.paragraph),
        correction: e.correction,
        signed_off: e.signedOff ? "yes" : "no",
        correction_applied: e.applied ? "yes" : "no",
        reviewed_by: e.reviewer.name,
        signed_off_by: e.signer ? e.signer.name : "",
      });
      for (const passage of e.passages) expect(row.evidence).toContain(passage);
    });
  });

  it("PDF text, extracted with pdf.js, has each correction's wording and correction", async () => {
    const { body } = await renderReport(report, "pdf");
    const { text: pdf } = await pdfText(body as Buffer);
    for (const e of await corrections()) {
      expect(pdf).toContain(folded(`“${e.originalWording}”`));
      expect(pdf).toContain(folded(`“${e.correction}”`));
      expect(pdf).toContain(`paragraph ${e.paragraph} (`);
    }
    expect(pdf).toContain("We regret the error.");
  });

  it("schema.org JSON-LD has a ClaimReview per reviewed claim and a CorrectionComment per signed-off correction", async () => {
    const graph: Record<string, any>[] = JSON.parse(await text("jsonld"))["@graph"];
    const reviewed = await prisma.claim.findMany({ where: { article: { slug }, suggestion: { not: "REJECTED" }, verdict: { not: null } }, select: { id: true } });
    const reviews = graph.filter((n) => n["@type"] === "ClaimReview");
    expect(reviews.map((r) => r.url).sort()).toEqual(reviewed.map((c) => `${APP}/claims/${c.id}`).sort());
    reviews.forEach(expectClaimReview);
    const [article] = graph.filter((n) => n["@type"] === "NewsArticle");
    expect(article.headline).toBe(DEMO_ARTICLE.title);
    const signedOff = (await corrections()).filter((c) => c.signedOff);
    expect(article.correction).toHaveLength(signedOff.length);
    article.correction.forEach(expectCorrectionComment);
  });

  it("W3C annotations select each claim's text by quote and by code point position", async () => {
    const doc = JSON.parse(await text("w3c"));
    const article = await prisma.article.findUniqueOrThrow({ where: { slug }, select: { body: true, claims: { where: { suggestion: { not: "REJECTED" } }, select: { id: true } } } });
    const items: Record<string, any>[] = doc.first.items;
    expect(doc).toMatchObject({ type: "AnnotationCollection", total: article.claims.length });
    expect(items.map((i) => i.id).sort()).toEqual(article.claims.map((c) => `${APP}/claims/${c.id}`).sort());
    const points = Array.from(article.body);
    for (const item of items) {
      expect(item.target.source).toBe(`urn:claimdesk:article:${slug}`);
      const [quote, position] = item.target.selector;
      expect(quote.type).toBe("TextQuoteSelector");
      if (position) expect(points.slice(position.start, position.end).join("")).toBe(quote.exact);
    }
  });
});

describe("positions after astral characters, from the database", () => {
  it("counts W3C positions in code points where JavaScript counts UTF-16 units", async () => {
    const body = "Relief 🌊🌊 report\n\nOfficials said 😀 the fund reached $3 billion in 2021.";
    const made = await createTestArticle(body, { title: "Emoji article" });
    const claim = made.claims.find((c) => c.quote.includes("$3 billion"))!;
    const doc = JSON.parse((await renderReport(await loadArticleReport(made.slug, { appUrl: APP }), "w3c")).body as string);
    const item = doc.first.items.find((i: { id: string }) => i.id.endsWith(claim.id));
    const position = item.target.selector[1];
    const codePoints = (index: number) => Array.from(body.slice(0, index)).length;
    expect(position).toEqual({ type: "TextPositionSelector", start: codePoints(claim.start), end: codePoints(claim.end) });
    expect(claim.end - position.end).toBe(3); // 🌊🌊 and 😀 come before the claim's end
    expect(Array.from(body).slice(position.start, position.end).join("")).toBe(claim.quote);
  });
});

describe("a report across articles by date range", () => {
  it("takes articles by publication date, or by creation date when they have none", async () => {
    const january = await loadCorrections({ from: "2024-01-01", to: "2024-01-31" }, { appUrl: APP, now: NOW });
    expect(january.articles.map((a) => a.article.slug)).toEqual([slug]);
    expect(january.range).toEqual({ from: "2024-01-01", to: "2024-01-31" });
    expect(january.summary).toEqual(report.summary);
    expect((await loadCorrections({ from: "2024-02-01", to: "2024-02-29" }, { appUrl: APP })).articles).toEqual([]);

    const undated = await createTestArticle("Undated piece\n\nThe port handled 4 million tonnes in 2020.", { title: "Undated" });
    const today = new Date().toISOString().slice(0, 10);
    const recent = await loadCorrections({ from: today, to: today }, { appUrl: APP });
    expect(recent.articles.map((a) => a.article.slug)).toContain(undated.slug);
    expect(recent.articles.map((a) => a.article.slug)).not.toContain(slug);

    const csv = await readAll(await streamCorrectionsCsv({ range: { from: "2024-01-01", to: "2024-01-31" } }, { appUrl: APP }));
    expect(parse(csv, { bom: true, columns: true })).toHaveLength(report.summary.corrections);
  });

  it("reads a range's claims in batches of articles and loses or reorders none", async () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const n of [1, 2, 3]) await createTestArticle(`Batch piece ${n}\n\nThe mill ground ${n * 1000} tonnes in 2019 and ${n * 10} percent more in 2020.`, { title: `Batch ${n}` });
    const range = { from: today, to: today };
    const whole = await loadCorrections(range, { appUrl: APP, now: NOW });
    const batched = await loadCorrections(range, { appUrl: APP, now: NOW, claimsPerBatch: 1 });
    expect(whole.articles.length).toBeGreaterThanOrEqual(3);
    expect(batched).toEqual(whole);
  });
});

describe("npm run report", () => {
  const run = (args: string[]) =>
    promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["scripts/report.ts", ...args], { env: { ...process.env, NEXTAUTH_URL: APP }, encoding: "buffer" }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr: stderr.toString() }),
      (error: { code: number; stdout: Buffer; stderr: Buffer }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr.toString() }),
    );

  it("writes Markdown to stdout and a PDF to a file", async () => {
    const md = await run(["--article", slug, "--format", "md"]);
    expect(md.code).toBe(0);
    expect(md.stdout.toString()).toContain(`> ${CORRECTION}`);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "report-")), "r.pdf");
    const pdf = await run(["--", "--article", slug, "--format", "pdf", "--out", out]);
    expect(pdf).toMatchObject({ code: 0, stderr: "" });
    const { text: extracted } = await pdfText(fs.readFileSync(out));
    expect(extracted).toContain(`“${CORRECTION}”`);
  }, 60_000);

  it("exits 2 with one line for an unknown article or format", async () => {
    const unknown = await run(["--article", "no-such-article", "--format", "md"]);
    expect(unknown).toMatchObject({ code: 2, stderr: "report: That article was not found.\n" });
    const format = await run(["--article", slug, "--format", "docx"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/^report: --format must be one of: md, html, csv, json, pdf, jsonld, w3c .*\n$/);
  }, 60_000);
});
