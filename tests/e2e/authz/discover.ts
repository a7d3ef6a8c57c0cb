import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function walk(dir: string, name: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, name, found);
    else if (entry.name === name) found.push(full);
  }
  return found;
}

/** Every route handler in the project, as "METHOD /api/path/[param]", read from the source. */
export function discoverRouteHandlers(): string[] {
  const handlers: string[] = [];
  for (const file of walk(path.join(root, "app"), "route.ts")) {
    const route = "/" + path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/");
    const source = fs.readFileSync(file, "utf8");
    for (const method of METHODS) {
      const exported = new RegExp(`export (const|async function|function) ${method}\\b|export \\{[^}]*\\b${method}\\b[^}]*\\}`).test(source);
      if (exported) handlers.push(`${method} ${route}`);
    }
  }
  return handlers.sort();
}

/** Every server action in the project, as "app/file.ts#name", read from the source. */
export function discoverServerActions(): string[] {
  const actions: string[] = [];
  for (const file of walk(path.join(root, "app"), "actions.ts")) {
    const source = fs.readFileSync(file, "utf8");
    if (!/^["']use server["']/m.test(source)) continue;
    const rel = path.relative(root, file).split(path.sep).join("/");
    for (const match of source.matchAll(/export async function (\w+)/g)) actions.push(`${rel}#${match[1]}`);
  }
  return actions.sort();
}

/** The ids Next.js gave the server actions in this build, by "file#name". */
export function serverActionIds(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8"));
  const ids = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node as Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>)) {
    const page = Object.keys(entry.workers)[0].replace(/^app/, "").replace(/\/page$/, "") || "/";
    // Relative to the build's root, which is a parent folder when node_modules is shared from another checkout
    // (next.config.js): "wt-x/app/a.ts" is this project's "app/a.ts".
    const filename = entry.filename.replace(/^(?:[^/]+\/)*?(?=app\/)/, "");
    ids.set(`${filename}#${entry.exportedName}`, { id, page });
  }
  return ids;
}
