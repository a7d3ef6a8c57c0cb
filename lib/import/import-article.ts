import { prisma } from "@/lib/db/client";
import { AppError, invalidFromZod, type FieldErrors } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { createArticle } from "@/lib/articles/create-article";
import type { ArticleSummary } from "@/lib/articles/articles";
import { detectClaims } from "@/lib/claims";
import { MAX_ARTICLE_BYTES, TOO_LARGE_MESSAGE, utf8ByteLength } from "./limits";
import { articleImportSchema, TITLE_MAX, type ArticleImportRequest, type ParsedImport } from "./schema";
import { decodeArticleFile } from "./decode-file";
import { extractArticle } from "./extract";

// Importing is the one way an article enters Claimdesk from outside (API, browser, command line): validate,
// detect claims, then create the article, its revision 1 and its claims in createArticle's single transaction, so
// a refused import leaves nothing behind. Detected claims arrive as SUGGESTED for a reviewer to accept or reject.

/**
 * Who imports: a signed-in person (their permission is checked here too, whatever the caller did), or null for
 * the command line, run by whoever holds the database file.
 */
export type Importer = SessionUser | null;

/**
 * Checks an import request: the importer's permission, the size (an oversized body is 413, whatever else is wrong
 * with the request), then each field. `request` is untrusted (parsed JSON, form fields).
 */
export function parseImportRequest(request: unknown, by: Importer): ParsedImport {
  if (by) requirePermission(by, "article:import", "Your role may not import articles.");
  const raw = request as { body?: unknown } | null;
  if (raw && typeof raw.body === "string" && utf8ByteLength(raw.body) > MAX_ARTICLE_BYTES)
    throw new AppError("TOO_LARGE", TOO_LARGE_MESSAGE, { body: TOO_LARGE_MESSAGE });
  const parsed = articleImportSchema.safeParse(request);
  if (!parsed.success) throw invalidFromZod(parsed.error);
  return parsed.data;
}

/** Imports at once, in one transaction (see ./import-job.ts for long articles, imported as a job). */
export async function importArticle(request: unknown, by: Importer): Promise<ArticleSummary> {
  const input = parseImportRequest(request, by);
  // The publication date lets the detector resolve "last year" against the article's own time.
  const claims = detectClaims(input.body, { publishedAt: input.publishedAt ?? null });
  let created: { id: string };
  try {
    created = await createArticle({
      title: input.title,
      body: input.body,
      url: input.url ?? null,
      publication: input.publication ?? null,
      publishedAt: input.publishedAt ?? null,
      createdById: by?.id ?? null,
      claims,
      claimsAs: "SUGGESTED",
    });
  } catch (error) {
    throw uniqueRaceAsConflict(error);
  }
  return importedSummary(created.id, claims.length);
}

/** What an import answers: the new article as the articles list shows it. */
export async function importedSummary(articleId: string, claimCount: number): Promise<ArticleSummary> {
  const a = await prisma.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { slug: true, title: true, publication: true, url: true, publishedAt: true, currentRevision: true, createdAt: true },
  });
  return {
    slug: a.slug,
    title: a.title,
    publication: a.publication,
    url: a.url,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    claimCount,
    signedOffCount: 0,
    version: a.currentRevision,
    createdAt: a.createdAt.toISOString(),
  };
}

/**
 * createArticle looks for a duplicate before its transaction; two imports of the same text at the same moment
 * both pass that look and the database's unique index stops the second. That is the same conflict, not a 500.
 */
export function uniqueRaceAsConflict(error: unknown): unknown {
  const e = error as { code?: unknown; meta?: { target?: unknown } } | null;
  if (e?.code !== "P2002") return error;
  const target = String(e.meta?.target ?? "");
  const field = target.includes("url") ? "url" : target.includes("slug") ? "title" : "body";
  const message = "This article was imported by someone else a moment ago.";
  return new AppError("CONFLICT", message, { [field]: message });
}

/** Fields given beside a file; the title, when blank, is taken from the file. */
export type FileMeta = Omit<ArticleImportRequest, "body" | "title"> & { title?: string | null };

export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
}

/** A derived title can be a whole first paragraph: cut it at a word, not refuse the file. */
function shortTitle(title: string): string {
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Imports a .txt, .md or .html file: decode, extract the text, then importArticle. Errors about the text name the "file" field. */
export async function importArticleFile(file: ArticleFile, meta: FileMeta, by: Importer): Promise<ArticleSummary> {
  if (by) requirePermission(by, "article:import", "Your role may not import articles.");
  const prepared = prepareArticleFile(file, meta);
  return asFileErrors(prepared, () => importArticle(prepared.request, by));
}

export interface PreparedFile {
  request: ArticleImportRequest;
  titleFromFile: boolean;
}

/** A file's text and title, as an import request (decoding and extraction errors name the "file" field). */
export function prepareArticleFile(file: ArticleFile, meta: FileMeta): PreparedFile {
  const { text, format } = decodeArticleFile(file.bytes, file.name);
  const extracted = extractArticle(text, format);
  const given = typeof meta.title === "string" ? meta.title.trim() : "";
  const title = given || (extracted.title ? shortTitle(extracted.title) : "");
  return { request: { ...meta, title, body: extracted.body }, titleFromFile: given === "" };
}

/** Runs an import of a prepared file, with the text's problems reported on the file. */
export async function asFileErrors<T>(prepared: PreparedFile, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw bodyErrorsAsFile(error, prepared.titleFromFile);
  }
}

/** The form shows the text's problems (duplicate, too large) under the file input, since the text came from it. */
function bodyErrorsAsFile(error: unknown, titleFromFile: boolean): unknown {
  if (!(error instanceof AppError) || !error.fields) return error;
  const fields: FieldErrors = { ...error.fields };
  if (fields.body) {
    fields.file = fields.body;
    delete fields.body;
  }
  if (fields.title && titleFromFile) fields.title = "Give the article's title: none was found in the file.";
  return new AppError(error.code, error.message, fields);
}
