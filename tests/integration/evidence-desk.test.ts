import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { fetchSource, pasteSource, uploadSource } from "@/lib/snapshots/add-source";
import { getSnapshot, getSnapshotOriginal } from "@/lib/snapshots/read-snapshot";
import { findClaimEvidence } from "@/lib/snapshots/find-claim-evidence";
import { citeSnapshot } from "@/lib/snapshots/cite-snapshot";
import { checkSource } from "@/lib/snapshots/check-source";
import { claimView } from "@/lib/review/claim-view";
import { checkSourcesJob, queueSourceChecks } from "@/lib/snapshots/check-sources-job";
import type { JobContext } from "@/lib/jobs/handlers";
import { addSourceFromRequest } from "@/lib/snapshots/read-source-request";
import { claimsLinkRot } from "@/lib/snapshots/claims-link-rot";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

// The evidence desk end to end on the database (SQLite and PostgreSQL): a page served by a local HTTP server this
// file starts, fetched, kept, searched, cited, and checked again after it changed or vanished.

const FACT_SHEET = fs.readFileSync(path.join(__dirname, "../fixtures/evidence/documents/pk-flood-fact-sheet.html"));
let page: { status: number; body: Buffer } = { status: 200, body: FACT_SHEET };
let server: http.Server;
let base: string;
let reviewer: SessionUser;
let claimId: string;

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(page.status, { "content-type": "text/html; charset=utf-8" });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  process.env.CLAIMDESK_FETCH_ALLOW = `127.0.0.1:${port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(async () => {
  page = { status: 200, body: FACT_SHEET };
  await prisma.sourceCheck.deleteMany();
  await prisma.citation.deleteMany();
  await prisma.snapshot.deleteMany();
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
  const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  claimId = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
});

describe("the flood-aid claim, from no evidence to a cited, archived, contradicting passage", () => {
  it("fetches the page, keeps its bytes, finds the contradicting passage and cites it in one step", async () => {
    expect((await findClaimEvidence(reviewer, claimId)).passages).toEqual([]);
    const kept = await fetchSource(reviewer, { url: `${base}/pakistan-floods`, fetch: true, title: null, publisher: null });
    expect(kept.source).toMatchObject({ title: "U.S. Flood Assistance to Pakistan", publisher: "Office of Foreign Assistance", publishedAt: "2023-08-29" });
    expect(kept.snapshot).toMatchObject({ contentType: "text/html", httpStatus: 200, finalUrl: `${base}/pakistan-floods` });

    // The original bytes come back exactly (BLOB on SQLite, bytea on PostgreSQL), as a download.
    const original = await getSnapshotOriginal(reviewer, kept.snapshot.id);
    expect(Buffer.from(await original.arrayBuffer()).equals(FACT_SHEET)).toBe(true);
    expect(original.headers.get("content-disposition")).toMatch(/^attachment; filename="snapshot-[0-9a-f]{16}\.html"$/);
    expect(original.headers.get("content-type")).toBe("application/octet-stream");

    const [first] = (await findClaimEvidence(reviewer, claimId, kept.snapshot.id)).passages;
    expect(first).toMatchObject({ snapshotId: kept.snapshot.id, match: "NEAR_MISS", suggestedStance: "CONTRADICTS" });
    expect(first.quote).toContain("$200 million");
    const { text } = (await getSnapshot(reviewer, kept.snapshot.id)).snapshot;
    expect(text.slice(first.start, first.end)).toBe(first.quote);

    const { citation, flags } = await citeSnapshot(reviewer, claimId, { snapshotId: kept.snapshot.id, start: first.start, end: first.end, stance: "CONTRADICTS" });
    expect(citation).toMatchObject({ passage: first.quote, snapshotId: kept.snapshot.id, start: first.start, end: first.end, prefix: first.prefix, suffix: first.suffix });
    expect(flags.map((f) => f.kind)).toContain("NUMBER_MISMATCH");
  });

  it("reuses the source by its normalized URL, and keeps pasted text and uploads as snapshots", async () => {
    const a = await fetchSource(reviewer, { url: `${base}/pakistan-floods?utm_source=x`, fetch: true, title: null, publisher: null });
    const b = await fetchSource(reviewer, { url: `${base}/pakistan-floods`, fetch: true, title: null, publisher: null });
    expect(b.source.id).toBe(a.source.id);
    expect(b.snapshot.id).not.toBe(a.snapshot.id);
    const pasted = await pasteSource(reviewer, { title: "Notes", text: "Aid  \r\nreached $200 million.", url: null, publisher: null });
    expect(pasted.snapshot).toMatchObject({ contentType: "text/plain; charset=utf-8", chars: "Aid\nreached $200 million.".length });
    expect(pasted.source.url).toMatch(/^urn:sha256:/);
    const upload = await uploadSource(reviewer, new Uint8Array(FACT_SHEET), { url: null, title: "Uploaded sheet", publisher: null });
    expect(upload.source).toMatchObject({ title: "Uploaded sheet" });
  });

  it("refuses what it must, saving nothing", async () => {
    expect((await rejection(fetchSource(reviewer, { url: "http://10.0.0.1/x", fetch: true, title: null, publisher: null }))).fields).toHaveProperty("url");
    expect((await rejection(fetchSource(reviewer, { url: "http://127.0.0.1:1/x", fetch: true, title: null, publisher: null }))).fields).toHaveProperty("url");
    page = { status: 404, body: Buffer.from("gone") };
    const missing = await rejection(fetchSource(reviewer, { url: `${base}/gone`, fetch: true, title: null, publisher: null }));
    expect(missing.fields?.url).toMatch(/404/);
    const garbage = await rejection(uploadSource(reviewer, new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 9]), { url: null, title: null, publisher: null }));
    expect(garbage.status).toBe(422);
    expect(garbage.fields).toHaveProperty("file");
    const encrypted = await rejection(uploadSource(reviewer, new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj <</Filter/Standard>> endobj\ntrailer <</Encrypt 1 0 R>>\n%%EOF")), { url: null, title: null, publisher: null }));
    expect(encrypted.fields).toHaveProperty("file");
    expect(await prisma.snapshot.count()).toBe(0);
    expect(await prisma.source.count()).toBe(0);
  });

  it("checks a source again: unchanged, passages missing (naming the citation), unreachable", async () => {
    const kept = await fetchSource(reviewer, { url: `${base}/pakistan-floods`, fetch: true, title: null, publisher: null });
    const [first] = (await findClaimEvidence(reviewer, claimId, kept.snapshot.id)).passages;
    const { citation } = await citeSnapshot(reviewer, claimId, { snapshotId: kept.snapshot.id, start: first.start, end: first.end, stance: "CONTRADICTS" });
    expect((await checkSource(reviewer, kept.source.id)).check).toMatchObject({ status: "UNCHANGED", httpStatus: 200, missingCitationIds: [] });
    expect((await claimView(claimId))!.citations[0].check).toMatchObject({ status: "UNCHANGED", passageMissing: false });
    page = { status: 200, body: Buffer.from(FACT_SHEET.toString("utf8").replace("$200 million", "$250 million")) };
    expect((await checkSource(reviewer, kept.source.id)).check).toMatchObject({ status: "PASSAGES_MISSING", missingCitationIds: [citation.id] });
    // The claim page's card (kept in memory) shows the new check at once.
    expect((await claimView(claimId))!.citations[0].check).toMatchObject({ status: "PASSAGES_MISSING", passageMissing: true });
    // The claims table reads each claim's latest check of its cited sources.
    expect(await claimsLinkRot([claimId])).toEqual(new Map([[claimId, "PASSAGES_MISSING"]]));
    page = { status: 200, body: Buffer.from(FACT_SHEET.toString("utf8").replace("Green Alliance", "Green Partnership")) };
    expect((await checkSource(reviewer, kept.source.id)).check).toMatchObject({ status: "CHANGED", missingCitationIds: [] });
    page = { status: 410, body: Buffer.from("gone") };
    expect((await checkSource(reviewer, kept.source.id)).check).toMatchObject({ status: "UNREACHABLE", httpStatus: 410 });
    expect(await claimsLinkRot([claimId])).toEqual(new Map([[claimId, "UNREACHABLE"]]));
    expect(await prisma.sourceCheck.count({ where: { sourceId: kept.source.id } })).toBe(4);
  });

  it("refuses a passage outside the snapshot's text", async () => {
    const pasted = await pasteSource(reviewer, { title: "Notes", text: "Aid reached $200 million.", url: null, publisher: null });
    const error = await rejection(citeSnapshot(reviewer, claimId, { snapshotId: pasted.snapshot.id, start: 0, end: 500, stance: "SUPPORTS" }));
    expect(error.fields).toHaveProperty("end");
  });

  it("checks an article's sources as a job, with progress; the whole desk is an editor's call", async () => {
    const kept = await fetchSource(reviewer, { url: `${base}/pakistan-floods`, fetch: true, title: null, publisher: null });
    const [first] = (await findClaimEvidence(reviewer, claimId, kept.snapshot.id)).passages;
    await citeSnapshot(reviewer, claimId, { snapshotId: kept.snapshot.id, start: first.start, end: first.end, stance: "CONTRADICTS" });
    const slug = (await prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { article: { select: { slug: true } } } })).article.slug;
    const { job } = await queueSourceChecks(reviewer, slug);
    expect(job).toMatchObject({ kind: "CHECK_SOURCES", state: "QUEUED" });
    expect((await rejection(queueSourceChecks(reviewer, null))).status).toBe(403);
    page = { status: 200, body: Buffer.from(FACT_SHEET.toString("utf8").replace("$200 million", "$250 million")) };
    const progress: number[] = [];
    const context = {
      job: { id: job.id, kind: "CHECK_SOURCES", input: { articleSlug: slug }, attempts: 1, createdById: reviewer.id, result: null },
      progress: async (fraction: number) => void progress.push(fraction),
      keep: async () => {},
    } as JobContext;
    const done = await checkSourcesJob(context);
    expect(done.result).toMatchObject({ sources: 1, PASSAGES_MISSING: 1 });
    expect(progress).toEqual([0]);
  });

  it("reads POST /api/sources bodies: uploads by form, 413 over 20 MB, 422 naming the field, nothing saved on refusal", async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://app.test/api/sources", { method: "POST", body, headers });
    const form = new FormData();
    form.set("file", new Blob([FACT_SHEET], { type: "application/pdf" }), "lies-about-its-type.pdf");
    form.set("url", "");
    form.set("title", "Form upload");
    const kept = await addSourceFromRequest(reviewer, post(form));
    // The type is decided by the content (HTML), not by the name or the declared type.
    expect(kept.snapshot.contentType).toBe("text/html");
    expect(kept.source.title).toBe("Form upload");

    const fieldOf = async (request: Request) => (await rejection(addSourceFromRequest(reviewer, request))).fields;
    const big = new FormData();
    big.set("file", new Blob([new Uint8Array(20 * 1024 * 1024 + 1)]), "big.txt");
    expect((await rejection(addSourceFromRequest(reviewer, post(big)))).status).toBe(413);
    expect(await fieldOf(post(new FormData()))).toHaveProperty("file");
    const json = (data: unknown) => post(JSON.stringify(data), { "content-type": "application/json" });
    expect(await fieldOf(json({ url: "ftp://example.org/x", fetch: true }))).toHaveProperty("url");
    expect(await fieldOf(json({ url: "http://169.254.169.254/latest/meta-data", fetch: true }))).toHaveProperty("url");
    expect(await fieldOf(json({ title: "No text" }))).toHaveProperty("text");
    expect((await rejection(addSourceFromRequest(reviewer, post("{", { "content-type": "application/json" })))).status).toBe(400);
    expect(await prisma.snapshot.count()).toBe(1);
  });
});

describe("a long document", () => {
  it("is indexed on a worker thread and its passages are found like any other", async () => {
    const { indexSnapshotText } = await import("@/lib/snapshots/index-in-worker");
    const { parseStoredPassages } = await import("@/lib/evidence");
    const text = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i}: the ministry reported ${i + 1} new schools in the district.`).join("\n\n");
    expect(text.length).toBeGreaterThan(200_000);
    const passages = parseStoredPassages(await indexSnapshotText(text, null), text.length);
    expect(passages?.length).toBe(4000);
  });

  it("shares the indexing worker with short texts sent meanwhile, each answered with its own index", async () => {
    const { indexSnapshotText } = await import("@/lib/snapshots/index-in-worker");
    const { parseStoredPassages } = await import("@/lib/evidence");
    const texts = [1, 2, 3, 4, 5].map((n) => Array.from({ length: n }, (_, i) => `Sentence ${i} says ${n * 100 + i} homes were rebuilt in ${2000 + n}.`).join(" \n\n"));
    const indexes = await Promise.all(texts.map((text) => indexSnapshotText(text, null)));
    expect(indexes.map((json, i) => parseStoredPassages(json, texts[i].length)?.length)).toEqual([1, 2, 3, 4, 5]);
  });
});
