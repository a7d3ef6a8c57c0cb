import fs from "node:fs";
import type { LoadFigures } from "./load";

const HEADING = "## Performance";

export function figuresTable(rows: LoadFigures[], trivialRps: number): string {
  const lines = ["| route | p50 (ms) | p95 (ms) | req/s | vs trivial route |", "| --- | ---: | ---: | ---: | ---: |"];
  for (const r of rows) lines.push(`| ${r.route} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rps.toFixed(0)} | ${((100 * r.rps) / trivialRps).toFixed(0)}% |`);
  return lines.join("\n");
}

/** Replaces the README's Performance section (or appends one), leaving every other section as it was. */
export function writePerformanceSection(readme: string, body: string): void {
  const text = fs.readFileSync(readme, "utf8");
  const section = `${HEADING}\n\n${body.trim()}\n`;
  const start = text.indexOf(`\n${HEADING}\n`);
  if (start === -1) {
    fs.writeFileSync(readme, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf("\n## ", start + HEADING.length + 1);
  fs.writeFileSync(readme, text.slice(0, start + 1) + section + (next === -1 ? "" : text.slice(next)));
}
