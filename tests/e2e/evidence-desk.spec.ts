import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_SLUG, signIn } from "./fixtures";

// The "done when": a reviewer takes the flood-aid claim from no evidence to a cited, archived,
// contradicting passage by fetching one document and clicking once. The document comes from a server this spec
// starts on 127.0.0.1 (the next port after the app's, the only address the app's fetches are allowed to reach).

const FACT_SHEET = fs.readFileSync(path.join(__dirname, "../fixtures/evidence/documents/pk-flood-fact-sheet.html"));
const docPort = Number(process.env.E2E_PORT ?? 3100) + 1;
const docBase = `http://127.0.0.1:${docPort}`;
let server: http.Server;

test.beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(FACT_SHEET);
  });
  await new Promise<void>((resolve) => server.listen(docPort, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function openFloodClaim(page: import("@playwright/test").Page) {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /more than \$200 billion/ }).click();
  await expect(page.getByRole("heading", { name: "Find evidence" })).toBeVisible();
}

test("fetch one document, click once: a cited, archived, contradicting passage", async ({ page, request, browser }) => {
  await openFloodClaim(page);
  const finder = page.getByRole("region", { name: "Find evidence" });
  await finder.getByLabel("Page address (URL)").fill(`${docBase}/pakistan-floods`);
  await finder.getByRole("button", { name: "Fetch and keep" }).click();
  const passages = finder.getByRole("list", { name: /best first/ });
  const first = passages.getByRole("listitem").first();
  await expect(first).toContainText("Near miss");
  await expect(first).toContainText("$200 million");
  await first.getByRole("button", { name: "Cite as contradicts" }).click();
  await expect(finder.getByRole("status").first()).toContainText("Cited as contradicts");

  const evidence = page.getByRole("region", { name: /^Evidence/ });
  const citation = evidence.getByRole("listitem").filter({ hasText: "U.S. Flood Assistance to Pakistan" });
  await expect(citation).toContainText("Contradicts");
  await expect(citation).toContainText("$200 million");
  await expect(citation).toContainText("Retrieved on");
  const download = citation.getByRole("link", { name: "Download the original" });
  const href = await download.getAttribute("href");
  const original = await page.request.get(href!);
  expect(original.status()).toBe(200);
  expect(original.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(original.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await original.body()).equals(FACT_SHEET)).toBe(true);

  // Checking the source again finds it unchanged.
  await citation.getByRole("button", { name: /Check the source/ }).click();
  await expect(citation).toContainText("Unchanged");
  // The claims table (an editor sees every claim) says how the claim's sources stood at their latest check.
  const editor = await browser.newPage();
  await signIn(editor, "editor", "/dashboard/claims?q=billion");
  const row = editor.getByRole("row").filter({ hasText: "more than $200 billion" });
  await expect(editor.getByRole("columnheader", { name: "Sources checked" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Unchanged" })).toBeVisible();
  await editor.close();
  // Withdraw the citation again (the checks close its flag), so the specs that follow find the claim as the demo has it.
  const claimId = new URL(page.url()).pathname.split("/").at(-1)!;
  const { citations } = await (await page.request.get(`/api/claims/${claimId}`)).json();
  for (const c of citations.filter((c: { snapshot: unknown }) => c.snapshot)) expect((await page.request.delete(`/api/citations/${c.id}`)).status()).toBe(200);
  const after = await (await page.request.get(`/api/claims/${claimId}`)).json();
  expect(after.flags.filter((f: { status: string; note: string }) => f.status === "OPEN" && f.note.includes("U.S. Flood Assistance to Pakistan"))).toEqual([]);
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Sources checked again" })).toContainText(/Unchanged: \d+ source/);
  void request;
});

test("refusals say what is wrong and keep nothing", async ({ page }) => {
  await openFloodClaim(page);
  const finder = page.getByRole("region", { name: "Find evidence" });
  await finder.getByLabel("Page address (URL)").fill("http://10.1.2.3/secret");
  await finder.getByRole("button", { name: "Fetch and keep" }).click();
  await expect(finder.getByRole("alert")).toContainText(/private|not allowed|refused|address/i);
  await finder.getByLabel("Upload a file").check();
  await finder.getByLabel(/Document \(PDF/).setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]) });
  await finder.getByRole("button", { name: "Upload and keep" }).click();
  await expect(finder.getByRole("alert")).toBeVisible();
});

test("an upload is kept and searched like a fetched page", async ({ page }) => {
  await openFloodClaim(page);
  const finder = page.getByRole("region", { name: "Find evidence" });
  await finder.getByLabel("Upload a file").check();
  await finder.getByLabel(/Document \(PDF/).setInputFiles({ name: "sheet.html", mimeType: "text/html", buffer: FACT_SHEET });
  await finder.getByLabel("Title (optional)").fill("Uploaded fact sheet");
  await finder.getByRole("button", { name: "Upload and keep" }).click();
  await expect(finder.getByRole("status").first()).toContainText("Kept “Uploaded fact sheet”");
  const first = finder.getByRole("list", { name: /best first/ }).getByRole("listitem").first();
  await expect(first).toContainText("Near miss");

  // Uploaded without a URL: cited like any snapshot, but there is no page to check again for link rot.
  await first.getByRole("button", { name: "Cite as contradicts" }).click();
  await expect(finder.getByRole("status").first()).toContainText("Cited as contradicts");
  const citation = page.getByRole("region", { name: /^Evidence/ }).getByRole("listitem").filter({ hasText: "Uploaded fact sheet" });
  await expect(citation).toContainText("cannot be checked for link rot");
  await expect(citation.getByRole("button", { name: /Check the source/ })).toHaveCount(0);
  const claimId = new URL(page.url()).pathname.split("/").at(-1)!;
  const { citations } = await (await page.request.get(`/api/claims/${claimId}`)).json();
  for (const c of citations.filter((c: { snapshot: unknown }) => c.snapshot)) expect((await page.request.delete(`/api/citations/${c.id}`)).status()).toBe(200);
});

test("pasting a URL fills in the title, publisher and date from the page", async ({ page }) => {
  await openFloodClaim(page);
  await page.getByText("Attach a source").click();
  await page.getByLabel("Source URL").fill(`${docBase}/fact-sheet-for-the-form`);
  await page.getByRole("button", { name: "Fill in from the page" }).click();
  await expect(page.getByLabel("Source title")).toHaveValue("U.S. Flood Assistance to Pakistan");
  await expect(page.getByLabel("Publisher (optional)")).toHaveValue("Office of Foreign Assistance");
  await expect(page.getByLabel("Published (optional)")).toHaveValue("2023-08-29");
});

test("a 12 MB upload arrives whole and its original comes back byte for byte", async ({ page }) => {
  test.setTimeout(120_000);
  await openFloodClaim(page);
  const html = FACT_SHEET.toString("utf8");
  const big = Buffer.from(html.replace("</body>", `<!-- ${"padding ".repeat(1_500_000)} --></body>`));
  expect(big.length).toBeGreaterThan(12_000_000);
  const response = await page.request.post("/api/sources", { multipart: { file: { name: "big.html", mimeType: "text/html", buffer: big }, title: "Big fact sheet" } });
  expect(response.status()).toBe(201);
  const { snapshot } = await response.json();
  const original = await page.request.get(`/api/snapshots/${snapshot.id}/original`);
  expect(Buffer.from(await original.body()).equals(big)).toBe(true);
});

test("a long pasted document is indexed off the server's event loop and searched", async ({ page }) => {
  await openFloodClaim(page);
  const text = Array.from({ length: 4000 }, (_, i) => `Note ${i}: the district opened ${i + 1} clinics after the floods.`).join("\n\n");
  const response = await page.request.post("/api/sources", { data: { title: "Long field notes", text } });
  expect(response.status()).toBe(201);
  const { snapshot } = await response.json();
  expect(snapshot.chars).toBeGreaterThan(200_000);
  const claimId = new URL(page.url()).pathname.split("/").at(-1)!;
  const found = await page.request.get(`/api/claims/${claimId}/evidence?snapshot=${snapshot.id}`);
  expect(found.status()).toBe(200);
  expect(Array.isArray((await found.json()).passages)).toBe(true);
});
