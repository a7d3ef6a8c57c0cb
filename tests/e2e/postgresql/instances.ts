import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");

/** Starts `npm start`'s script (migrate, seed if empty, serve) as one more instance on the given database. */
export function startInstance(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}): ChildProcess {
  // The instances serve the build the test server made: never build again while that server is serving it.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, CLAIMDESK_WORKERS: "1", CLAIMDESK_BUILD: "skip", NEXTAUTH_URL: `http://localhost:${port}`, ...extraEnv };
  // The instances share the secret through the database (no NEXTAUTH_SECRET), as the README says.
  delete env.NEXTAUTH_SECRET;
  delete env.E2E_DATABASE;
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"], detached: true });
  child.stderr?.on("data", (chunk) => process.stderr.write(`[instance :${port}] ${chunk}`));
  return child;
}

/** Ends an instance and its workers (they share its process group). */
export function stopInstance(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

export async function waitForHealth(base: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The instance at ${base} did not come up.`);
}
