import fs from "node:fs";
import path from "node:path";
import { runTool } from "./run-bin";

const SOURCES = ["app", "lib", "prisma/schema.prisma", "next.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/**
 * Builds when there is no production build, or when a source file changed after it was made. With
 * CLAIMDESK_BUILD=skip it never builds: for a deployment that builds once beforehand and starts several
 * instances from that build (a build started by one instance would replace the files another is serving).
 */
export function buildIfStale(): void {
  if (process.env.CLAIMDESK_BUILD === "skip") return;
  const buildId = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map(newestMtime))) return;
  runTool("next", ["build"]);
}
