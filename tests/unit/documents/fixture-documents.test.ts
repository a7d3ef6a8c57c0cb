import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractedDocument } from "@/lib/documents/extract-document";
import { FIXTURE_DOCUMENTS, HOLDOUT_DOCUMENTS } from "@/tests/fixtures/evidence/documents";

// The evidence fixtures as the desk would keep them: each read as its own kind, with its boilerplate gone.
const documents = new Map<string, ExtractedDocument>();

beforeAll(async () => {
  for (const doc of [...FIXTURE_DOCUMENTS, ...HOLDOUT_DOCUMENTS]) documents.set(doc.name, await extractDocument(await doc.bytes()));
}, 60_000);

const BOILERPLATE = /Privacy (policy|Policy)|Cookie settings|Accept all|Sign up for updates|Get the morning briefing|Most read|Main page|Random article|Page \d+ of \d+|Regional Security Studies Program \||USDL-23-0611/;

describe("the evidence fixture documents", () => {
  it.each([...FIXTURE_DOCUMENTS, ...HOLDOUT_DOCUMENTS].map((d) => [d.name, d.format] as const))("%s is read as %s, without boilerplate", (name, format) => {
    const doc = documents.get(name)!;
    expect(doc.kind).toBe(format);
    // Plain text is kept as written (its "Page 1 of 1" footer included): there is no markup to tell chrome by.
    if (format !== "text") expect(doc.text).not.toMatch(BOILERPLATE);
    expect(doc.text.length).toBeGreaterThan(500);
  });

  it("reads the 40-page report's pages and title", () => {
    expect(documents.get("pk-us-security-report")).toMatchObject({ pages: 40, title: "U.S.-Pakistan Security Relations, 2001-2023" });
  });

  it("reads the HTML pages' metadata", () => {
    expect(documents.get("pk-flood-fact-sheet")).toMatchObject({ title: "U.S. Flood Assistance to Pakistan", publisher: "Office of Foreign Assistance", publishedAt: "2023-08-29" });
    expect(documents.get("state-blinken-munir-readout")).toMatchObject({ publisher: "U.S. Department of State", publishedAt: "2023-12-14" });
    expect(documents.get("faith-health-partnerships")).toMatchObject({ publisher: "Global Health Wire", publishedAt: "2026-08-07" });
  });
});
