import { spawn } from "node:child_process";
import { authSecret } from "@/lib/auth/secret";
import { databaseUrl } from "@/lib/db/url";
import { prepareDatabase } from "./prepare-db";
import { bin } from "./run-bin";
import { buildIfStale } from "./build-if-stale";

// `npm start`: a fresh clone serves the demo with no environment variables set.
const port = process.env.PORT ?? "3000";
process.env.DATABASE_URL = databaseUrl();
process.env.NEXTAUTH_SECRET = authSecret();
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

prepareDatabase();
buildIfStale();

const server = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
