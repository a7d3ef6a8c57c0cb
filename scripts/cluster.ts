import { fork, type ChildProcess } from "node:child_process";
import cluster, { type Worker } from "node:cluster";
import os from "node:os";

/**
 * The production server on every core: Node.js runs a process's JavaScript on one core, so one
 * server process leaves the rest of the machine idle. The primary forks one (scripts/page-server.ts) per core
 * (CLAIMDESK_WORKERS overrides); they share the port, the kernel spreads connections between them,
 * and the database is the only shared state (sessions, throttling and the dashboard's cache
 * stamps all live there), so any worker can answer any request.
 */
export function workerCount(env: Record<string, string | undefined> = process.env): number {
  const wanted = Number(env.CLAIMDESK_WORKERS);
  if (Number.isInteger(wanted) && wanted >= 1) return wanted;
  return Math.max(1, os.availableParallelism());
}

/** Job worker processes beside the servers (CLAIMDESK_JOB_WORKERS, default 1; 0 when other instances run them). */
export function jobWorkerCount(env: Record<string, string | undefined> = process.env): number {
  const wanted = Number(env.CLAIMDESK_JOB_WORKERS);
  return Number.isInteger(wanted) && wanted >= 0 && env.CLAIMDESK_JOB_WORKERS !== "" && env.CLAIMDESK_JOB_WORKERS !== undefined ? wanted : 1;
}

/**
 * One job worker process (scripts/job-worker.ts), forked as the server workers are: Node itself with tsx's loader, and
 * an IPC channel to this process. The channel closes when this process ends, however it ends (tsx's own wrapper, in
 * front of a process it is asked to stop, kills it outright when it does not answer within 60 ms: under load it may
 * not), and the job worker then stops after its current job instead of living on without its server.
 */
export function forkJobWorker(env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return fork("scripts/job-worker.ts", [], { env, execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
}

/**
 * Starts the job workers and starts another when one dies: long work (a large import) runs there, off the processes
 * that answer requests. Returns a stop function, which also cancels a restart still waiting.
 */
function startJobWorkers(count: number): () => void {
  const children = new Set<ChildProcess>();
  const restarts = new Set<NodeJS.Timeout>();
  let stopping = false;
  const start = () => {
    const child = forkJobWorker();
    children.add(child);
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (stopping) return;
      console.error(`A job worker stopped (${signal ?? `code ${code}`}); starting another.`);
      const timer = setTimeout(() => {
        restarts.delete(timer);
        start();
      }, 1000);
      restarts.add(timer);
    });
  };
  for (let i = 0; i < count; i++) start();
  return () => {
    stopping = true;
    for (const timer of restarts) clearTimeout(timer);
    for (const child of children) child.kill("SIGTERM");
  };
}

const YOUNG_SEMI_SPACE_MB = 32;

/** A worker that dies this soon after starting (port taken, build missing) would only die again. */
const EARLY_EXIT_MS = 10_000;

export function startCluster(options: { port: string; host?: string; workers?: number }): void {
  const args = ["-p", options.port, ...(options.host ? ["-H", options.host] : [])];
  // Workers run Next.js's production server wrapped by scripts/page-server.ts (kept reading pages), through tsx's
  // loader: it imports the app's TypeScript (the session decoding, the database's change stamp). A larger young generation
  // than V8's default (16 MB semi-spaces) suits a server that makes and drops a page's worth of objects per request:
  // fewer scavenges: 2-4% more requests a second under fifty reviewers (two runs each; no difference measured on
  // single pages), for up to 48 MB more memory per worker.
  cluster.setupPrimary({ exec: "scripts/page-server.ts", args, execArgv: ["--import", "tsx", `--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`] });
  const startedAt = new Map<Worker, number>();
  let stopping = false;
  const stopJobWorkers = startJobWorkers(jobWorkerCount());
  // Production mode from the first module a worker loads (`next start` sets it the same way before loading Next.js).
  const fork = () => startedAt.set(cluster.fork({ ...process.env, NODE_ENV: "production" }), Date.now());

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (lived < EARLY_EXIT_MS) {
      console.error(`A server worker exited ${lived} ms after starting (${signal ?? `code ${code}`}); stopping.`);
      stopping = true;
      stopJobWorkers();
      for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
      process.exit(code || 1);
    }
    // A crash costs the requests that worker was answering; the others go on and a new one takes its place.
    console.error(`A server worker died (${signal ?? `code ${code}`}); starting another.`);
    fork();
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      stopJobWorkers();
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) process.exit(0);
      for (const worker of workers) worker?.process.kill(signal);
    });
  }
  const count = options.workers ?? workerCount();
  for (let i = 0; i < count; i++) fork();
  console.log(`Claimdesk: ${count} server worker${count === 1 ? "" : "s"} on port ${options.port}.`);
}

// `tsx scripts/cluster.ts -p PORT [-H HOST]`: the benchmarks start the production server this way.
if (require.main === module) {
  const argv = process.argv.slice(2);
  const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  startCluster({ port: flag("-p") ?? process.env.PORT ?? "3000", host: flag("-H") });
}
