import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { bin } from "../scripts/run-bin";
import { startBalancer } from "./balancer";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The production server as `npm start` runs it (a server process per core, scripts/cluster.ts) on its
 * own port with the benchmark's database and data folder; resolves once /api/health answers.
 */
export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn(bin("tsx"), ["scripts/cluster.ts", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill("SIGTERM");
  throw new Error("The server did not answer /api/health within 60 s.");
}

/** What a benchmark stops when it is done: the app instances and the balancer in front of them. */
export interface RunningApp {
  /** Stops every instance and resolves once all have exited, so a throwaway database can go only after them. */
  stop(): Promise<void>;
}

/** The processes under `root` (children, theirs, and so on), from a table of each process's parent. */
export function descendantsOf(parentOf: Map<number, number>, root: number): number[] {
  const found = new Set<number>();
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    for (const [child, parent] of parentOf) {
      if (parent !== pid || found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  return [...found];
}

/** Each running process's parent, read from /proc (Linux); empty elsewhere. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  let entries: string[] = [];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return parents;
  }
  for (const pid of entries) {
    try {
      // The field after the command's closing parenthesis: state, then the parent's pid.
      const ppid = Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(")").pop()!.trim().split(" ")[1]);
      parents.set(Number(pid), ppid);
    } catch {
      // Gone meanwhile.
    }
  }
  return parents;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * SIGTERM, then SIGKILL if the process has not exited within `graceMs`; resolves once it and every process it started
 * have exited. The job worker outlives the server's main process by design (it finishes its current job), and a
 * throwaway database stopped under it would only fill the output with its connection errors.
 */
export async function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const family = child.pid ? descendantsOf(processParents(), child.pid) : [];
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  const deadline = Date.now() + graceMs;
  while (family.some(isRunning) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of family.filter(isRunning)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Exited meanwhile.
    }
  }
}

/**
 * `instances` copies of the production server on one database. One instance is `npm start`'s own
 * set-up (a process per core) on the given port; several run one process each on ports of their
 * own, behind a round-robin balancer on the given port.
 */
export async function startApp(port: number, env: NodeJS.ProcessEnv, instances = 1): Promise<RunningApp> {
  if (instances <= 1) {
    const server = await startServer(port, env);
    return { stop: () => stopProcess(server) };
  }
  const ports = await Promise.all(Array.from({ length: instances }, () => freePort()));
  const servers = await Promise.all(ports.map((p) => startServer(p, { ...env, CLAIMDESK_WORKERS: "1" })));
  const balancer = await startBalancer(port, ports);
  return {
    async stop() {
      balancer.close();
      await Promise.all(servers.map((server) => stopProcess(server)));
    },
  };
}

/** Signs in as an integration script would (csrf, then the credentials callback) and returns the cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(login);
  const check = await fetch(`${base}/api/claims?pageSize=1`, { headers: { cookie: cookie() } });
  if (!check.ok) throw new Error(`Signing in as ${email} failed: /api/claims answered ${check.status}.`);
  return cookie();
}
