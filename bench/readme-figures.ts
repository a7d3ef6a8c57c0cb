import fs from "node:fs";
import type { LoadFigures } from "./load";

/** The subsection this benchmark owns; the other benchmarks' subsections of "## Performance" are left alone. */
export const HEADING = "### The dashboard, the claims API and the reports (`npm run bench:dashboard`)";
export const POSTGRES_HEADING = "### The same on PostgreSQL with two instances (`npm run bench:dashboard -- --db postgresql`)";

export function figuresTable(rows: LoadFigures[], trivialRps: number): string {
  const lines = ["| route | p50 (ms) | p95 (ms) | req/s | vs trivial route |", "| --- | ---: | ---: | ---: | ---: |"];
  for (const r of rows) lines.push(`| ${r.route} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rps.toFixed(0)} | ${((100 * r.rps) / trivialRps).toFixed(0)}% |`);
  return lines.join("\n");
}

/** Replaces this benchmark's subsection of the README (or appends one), leaving every other section as it was. */
export function writePerformanceSection(readme: string, body: string, heading: string = HEADING): void {
  const HEADING = heading;
  const text = fs.readFileSync(readme, "utf8");
  const section = `${HEADING}\n\n${body.trim()}\n`;
  const start = text.indexOf(`\n${HEADING}\n`);
  if (start === -1) {
    fs.writeFileSync(readme, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const rest = text.slice(start + HEADING.length + 1);
  const ends = ["\n## ", "\n### "].map((h) => rest.indexOf(h)).filter((i) => i !== -1);
  const next = ends.length ? start + HEADING.length + 1 + Math.min(...ends) : -1;
  fs.writeFileSync(readme, text.slice(0, start + 1) + section + (next === -1 ? "" : text.slice(next)));
}
