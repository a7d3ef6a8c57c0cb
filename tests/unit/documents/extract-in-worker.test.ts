import { describe, expect, it } from "vitest";
import { extractDocument } from "@/lib/documents/extract-document";
import { extractDocumentInWorker } from "@/lib/documents/extract-in-worker";
import { AppError } from "@/lib/errors/app-error";
import { buildPdf } from "@/tests/fixtures/evidence/build-documents";

describe("extractDocumentInWorker", () => {
  it("gives the same document as on the main thread, off it", async () => {
    const bytes = await buildPdf([{ heading: "Aid", paragraphs: ["The United States has provided $200 million."] }], { title: "T" });
    const [inWorker, inline] = await Promise.all([extractDocumentInWorker(bytes), extractDocument(bytes)]);
    expect(inWorker).toEqual(inline);
    expect(bytes.byteLength).toBeGreaterThan(0); // the caller's bytes are not transferred away
  });

  it("rebuilds a refusal as an AppError", async () => {
    const error = await extractDocumentInWorker(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).fields?.file).toMatch(/not a PDF, HTML, DOCX/);
  });
});
