// npm run -s article:import -- FILE [--title T] [--url U] [--publication P] [--published YYYY-MM-DD]
// Imports a .txt, .md or .html article with claim detection (claims arrive as suggestions) and prints the new
// article's slug on stdout. Exit 2 with one line on stderr for bad arguments, a missing, empty, binary, non-UTF-8
// or oversized file, HTML with no readable text, invalid fields, or an article already imported; exit 1 when
// something else fails (the database cannot be opened, for instance).
import { readFileSync, statSync } from "node:fs";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { prisma } from "@/lib/db/client";
import { asFileErrors, importArticle, prepareArticleFile } from "@/lib/import/import-article";
import { enqueueImport, isLargeImport } from "@/lib/import/import-job";
import { leaseQueuedJob } from "@/lib/jobs/lease";
import { runLeasedJob } from "@/lib/jobs/run";
import { waitForJob } from "@/lib/jobs/queue";
import { newWorkerId } from "@/lib/jobs/worker";
import { MAX_ARTICLE_BYTES, TOO_LARGE_MESSAGE } from "@/lib/import/limits";

const USAGE = "usage: article:import FILE [--title T] [--url U] [--publication P] [--published YYYY-MM-DD]";
const OPTIONS = { "--title": "title", "--url": "url", "--publication": "publication", "--published": "published" } as const;
type OptionName = (typeof OPTIONS)[keyof typeof OPTIONS];

class UsageError extends Error {}

const argsSchema = z.strictObject({
  file: z.string({ error: "name the file to import" }).min(1, "name the file to import"),
  title: z.string().optional(),
  url: z.string().optional(),
  publication: z.string().optional(),
  // Checked for shape here; importArticle validates the date itself (2024-02-30 does not exist).
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "--published wants YYYY-MM-DD").optional(),
});

/** argv to {file, title, ...}: each option once, each with a value, one file. */
function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const found: Partial<Record<OptionName | "file", string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") continue;
    if (arg.startsWith("--")) {
      const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
      const name = (OPTIONS as Record<string, OptionName>)[flag];
      if (!name) throw new UsageError(`unknown option ${flag} (${USAGE})`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (found[name] !== undefined) throw new UsageError(`${flag} given twice`);
      found[name] = value;
    } else if (found.file === undefined) found.file = arg;
    else throw new UsageError(`unexpected argument "${arg}" (${USAGE})`);
  }
  const parsed = argsSchema.safeParse(found);
  if (!parsed.success) throw new UsageError(`${parsed.error.issues[0].message} (${USAGE})`);
  return parsed.data;
}

function readArticleFile(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UsageError(`not a regular file: ${file}`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" || code === "ENOTDIR" ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  // Refused before reading: a huge file is never loaded into memory.
  if (size > MAX_ARTICLE_BYTES) throw new UsageError(`${file}: ${TOO_LARGE_MESSAGE}`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** The form's field names as this command's options, so the message says what to change. */
const FIELD_AS_OPTION: Record<string, string> = { title: "--title", url: "--url", publication: "--publication", publishedAt: "--published", file: "FILE", body: "FILE" };

function describe(error: AppError): string {
  const fields = Object.entries(error.fields ?? {}).filter(([, message]) => message !== error.message);
  if (fields.length === 0) return error.message;
  return `${error.message} ${fields.map(([field, message]) => `${FIELD_AS_OPTION[field] ?? field}: ${message}`).join("; ")}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A long article is imported as a job, like one sent to the API: this process runs it itself (unless a
 * running server's job worker took it first) and prints its progress on stderr.
 */
async function importAsJob(request: unknown): Promise<string> {
  const queued = await enqueueImport(request, null);
  const workerId = newWorkerId();
  let said = "";
  const say = (progress: number, message: string) => {
    const line = `${Math.round(progress * 100)}% ${message}`;
    if (line !== said) process.stderr.write(`article:import: ${line}\n`);
    said = line;
  };
  const leased = await leaseQueuedJob(queued.id, workerId);
  if (leased) await runLeasedJob(leased, workerId, { onProgress: say });
  const job = await waitForJob(queued.id, (j) => say(j.progress, j.message));
  if (job.state !== "DONE") throw new AppError("INVALID", job.error ?? "The import was cancelled.");
  return (job.result as { slug: string }).slug;
}

async function main(): Promise<number> {
  try {
    const args = parseArgs(process.argv.slice(2));
    const bytes = readArticleFile(args.file);
    const prepared = prepareArticleFile({ name: args.file, bytes }, { title: args.title, url: args.url, publication: args.publication, publishedAt: args.published });
    const slug = await asFileErrors(prepared, async () =>
      isLargeImport(prepared.request) ? importAsJob(prepared.request) : (await importArticle(prepared.request, null)).slug,
    );
    process.stdout.write(`${slug}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) process.stderr.write(`article:import: ${oneLine(error.message)}\n`);
    else if (error instanceof AppError && error.code !== "INTERNAL") process.stderr.write(`article:import: ${oneLine(describe(error))}\n`);
    else {
      // Prisma's messages quote the calling code first; their last line is the reason.
      const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((line) => line.trim());
      process.stderr.write(`article:import: the import failed: ${oneLine(lines.at(-1) ?? "unknown error")}\n`);
      return 1;
    }
    return 2;
  } finally {
    await prisma.$disconnect();
  }
}

main().then((code) => process.exit(code));
