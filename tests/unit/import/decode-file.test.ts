import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { decodeArticleFile, formatOf } from "@/lib/import/decode-file";
import { extractArticle, extractPlainText } from "@/lib/import/extract";
import { MAX_ARTICLE_BYTES, utf8ByteLength } from "@/lib/import/limits";

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("decodeArticleFile", () => {
  it("reads .txt, .md and .html files as UTF-8, keeping the text exactly", () => {
    const text = "Flood aid\r\n\r\nThe café said “$450 million”.  \n";
    expect(decodeArticleFile(utf8(text), "story.txt")).toEqual({ text, format: "text" });
    expect(decodeArticleFile(utf8("# Title"), "notes.MD").format).toBe("markdown");
    expect(decodeArticleFile(utf8("<p>x</p>"), "page.htm").format).toBe("html");
    expect(formatOf("archive.tar.gz")).toBeNull();
    expect(formatOf("README")).toBeNull();
  });

  it("drops a UTF-8 byte-order mark, which is encoding, not text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Headline")]);
    expect(decodeArticleFile(bytes, "a.txt").text).toBe("Headline");
  });

  it("refuses an empty or blank file", () => {
    for (const bytes of [new Uint8Array(0), utf8("  \n\t\n")]) {
      const error = refusal(() => decodeArticleFile(bytes, "empty.txt"));
      expect(error).toMatchObject({ code: "INVALID", message: "The file is empty.", fields: { file: "The file is empty." } });
    }
  });

  it("refuses a binary file (NUL bytes) and one that is not UTF-8", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(refusal(() => decodeArticleFile(png, "photo.txt"))).toMatchObject({ code: "INVALID", fields: { file: "The file is binary, not text." } });
    // "café" in Latin-1: 0xE9 on its own is not UTF-8.
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    expect(refusal(() => decodeArticleFile(latin1, "cafe.txt")).fields?.file).toMatch(/not UTF-8/);
  });

  it("refuses a file over 2 MB as too large, and takes one of exactly 2 MB", () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    expect(refusal(() => decodeArticleFile(big, "long.txt"))).toMatchObject({ code: "TOO_LARGE", status: 413 });
    expect(decodeArticleFile(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61), "limit.txt").text).toHaveLength(MAX_ARTICLE_BYTES);
  });

  it("refuses endings it does not read", () => {
    expect(refusal(() => decodeArticleFile(utf8("%PDF-1.7"), "report.pdf")).fields?.file).toBe("Only .txt, .md or .html files can be imported.");
  });
});

describe("plain text", () => {
  it("is stored as it came, named by its first non-empty line", () => {
    const text = "\n\n  Flood   aid reaches Sindh \r\nBody line one.\r\n";
    expect(extractPlainText(text)).toEqual({ title: "Flood aid reaches Sindh", body: text });
  });

  it("refuses an HTML page with no readable text", () => {
    const page = "<html><head><title>Empty</title><script>var a = 'words';</script></head><body><nav>Home</nav></body></html>";
    expect(refusal(() => extractArticle(page, "html"))).toMatchObject({ code: "INVALID", fields: { file: "No readable text was found in this HTML page." } });
  });
});

describe("utf8ByteLength", () => {
  it("counts UTF-8 bytes as TextEncoder does", () => {
    for (const text of ["", "abc", "café", "“quoted” — 2024", "emoji 🙂 and 𝄞", "lone \ud800 surrogate"]) {
      expect(utf8ByteLength(text)).toBe(utf8(text).byteLength);
    }
  });
});
