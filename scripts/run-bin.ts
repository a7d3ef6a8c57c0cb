import { spawnSync } from "node:child_process";
import path from "node:path";

/** The path of a tool installed in node_modules/.bin (npm puts it on PATH only inside npm scripts). */
export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

/** Runs a project tool to completion, streaming its output; a failure stops the caller. */
export function runTool(name: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(bin(name), args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n${name} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
