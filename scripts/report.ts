// npm run -s report -- --article SLUG --format FMT [--out FILE]
// npm run -s report -- --from YYYY-MM-DD --to YYYY-MM-DD --format FMT [--out FILE]
// Writes a corrections report (FMT: md, html, csv, json, pdf, jsonld, w3c) to FILE, or to stdout without --out.
// Exit 2 with one line on stderr for bad arguments or an unknown article; exit 1 when something else fails.
import { createWriteStream } from "node:fs";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { reportAppUrl } from "@/lib/reports/app-url";
import { REPORT_FORMATS } from "@/lib/reports/formats";
import { loadReport, type ReportScope } from "@/lib/reports/load-report";
import { reportRangeSchema } from "@/lib/reports/range";
import { renderReport } from "@/lib/reports/render";
import { streamCorrectionsCsv } from "@/lib/reports/stream-csv";

const USAGE = "usage: report --article SLUG --format FMT [--out FILE] (or --from YYYY-MM-DD --to YYYY-MM-DD instead of --article)";
const OPTIONS = { "--article": "article", "--format": "format", "--out": "out", "--from": "from", "--to": "to" } as const;
type OptionName = (typeof OPTIONS)[keyof typeof OPTIONS];

class UsageError extends Error {}

const argsSchema = z
  .strictObject({
    article: z.string().min(1, "--article needs a slug").optional(),
    format: z.enum(REPORT_FORMATS, { error: `--format must be one of: ${REPORT_FORMATS.join(", ")}` }),
    out: z.string().min(1, "--out needs a file name").optional(),
    from: z.string().optional(),
    to: z.string().optional(),
  })
  .refine((a) => (a.article === undefined) !== (a.from === undefined && a.to === undefined), "give either --article SLUG or --from and --to");

function parseArgs(argv: string[]): { scope: ReportScope; format: (typeof REPORT_FORMATS)[number]; out?: string } {
  const found: Partial<Record<OptionName, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") continue;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const name = (OPTIONS as Record<string, OptionName>)[flag];
    if (!name) throw new UsageError(`unexpected argument "${arg}" (${USAGE})`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    if (found[name] !== undefined) throw new UsageError(`${flag} given twice`);
    found[name] = value;
  }
  const parsed = argsSchema.safeParse(found);
  if (!parsed.success) throw new UsageError(`${parsed.error.issues[0].message} (${USAGE})`);
  const { article, format, out, from, to } = parsed.data;
  if (article !== undefined) return { scope: { slug: article }, format, out };
  const range = reportRangeSchema.safeParse({ from, to });
  if (!range.success) throw new UsageError(`--${String(range.error.issues[0].path[0] ?? "from")}: ${range.error.issues[0].message}`);
  return { scope: { range: range.data }, format, out };
}

/** Where the report goes: the file (created or replaced) or stdout, written with back-pressure either way. */
const destination = (out?: string): Writable => (out ? createWriteStream(out) : process.stdout);

async function main(): Promise<number> {
  try {
    const { scope, format, out } = parseArgs(process.argv.slice(2));
    const appUrl = reportAppUrl();
    const source =
      format === "csv"
        ? Readable.fromWeb((await streamCorrectionsCsv(scope, { appUrl })) as WebReadableStream<Uint8Array>)
        : Readable.from([(await renderReport(await loadReport(scope, { appUrl }), format)).body]);
    // stdout must stay open after the copy (pipeline would end it before the exit code is set).
    await pipeline(source, destination(out), { end: out !== undefined });
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof AppError && error.code !== "INTERNAL")) {
      process.stderr.write(`report: ${error.message.replace(/\s+/g, " ").trim()}\n`);
      return 2;
    }
    const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((line) => line.trim());
    process.stderr.write(`report: the report failed: ${(lines.at(-1) ?? "unknown error").trim()}\n`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().then((code) => process.exit(code));
