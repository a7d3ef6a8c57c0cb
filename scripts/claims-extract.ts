// npm run -s claims:extract -- FILE [--published YYYY-MM-DD]
// Prints the claims detected in a UTF-8 text file as a JSON array on stdout. Exits 2 with a one-line message on
// stderr when the file is missing, binary or not UTF-8. HTML and Markdown files are read as plain text.
import { readFileSync, statSync } from "node:fs";
import { detectClaims, type DetectedClaim } from "../lib/claims";

function fail(message: string): never {
  process.stderr.write(`claims:extract: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; publishedAt: Date | null } {
  let file: string | undefined;
  let publishedAt: Date | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--published") {
      const raw = argv[++i] ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) fail(`--published wants YYYY-MM-DD, got "${raw}"`);
      publishedAt = new Date(`${raw}T00:00:00Z`);
    } else if (arg === "--") {
      continue;
    } else if (!file) {
      file = arg;
    } else {
      fail(`unexpected argument "${arg}" (usage: claims:extract FILE [--published YYYY-MM-DD])`);
    }
  }
  if (!file) fail("usage: claims:extract FILE [--published YYYY-MM-DD]");
  return { file, publishedAt };
}

function readUtf8(file: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) fail(`not a regular file: ${file}`);
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") fail(`no such file: ${file}`);
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (bytes.includes(0)) fail(`binary file (contains NUL bytes): ${file}`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail(`not valid UTF-8: ${file}`);
  }
}

// Only the documented fields, in the documented order.
function shape(c: DetectedClaim): DetectedClaim {
  return {
    start: c.start, end: c.end, quote: c.quote, prefix: c.prefix, suffix: c.suffix, kind: c.kind, values: c.values,
    score: c.score,
  };
}

const { file, publishedAt } = parseArgs(process.argv.slice(2));
const text = readUtf8(file);
process.stdout.write(`${JSON.stringify(detectClaims(text, { publishedAt }).map(shape), null, 2)}\n`);
