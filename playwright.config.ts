import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

// `npm test` runs Playwright twice: every spec on SQLite, then on PostgreSQL (E2E_DATABASE=postgresql)
// the specs whose requests reach SQL in ways that differ by database, a browser smoke test, and the
// PostgreSQL-only specs (two instances, a database restart under load).
const postgres = process.env.E2E_DATABASE === "postgresql";
const POSTGRES_SPECS = ["authorization", "fuzz", "injection", "reviewer-loop", "crash", "evidence-desk"].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: "tests/e2e",
  // Per port, so two runs side by side never clear each other's results.
  outputDir: `test-results/${port}`,
  testMatch: postgres ? [...POSTGRES_SPECS, "postgresql/**/*.spec.ts"] : "**/*.spec.ts",
  testIgnore: postgres ? [] : ["postgresql/**"],
  // One server and one database: specs run one at a time so their writes never race.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "npm run -s e2e:server",
    url: `${baseURL}/api/health`,
    // The server may fetch only from the document server evidence-desk.spec.ts starts on the next port.
    env: { PORT: String(port), TZ: "America/New_York", CLAIMDESK_FETCH_ALLOW: `127.0.0.1:${port + 1}`, ...(postgres ? { E2E_DATABASE: "postgresql" } : {}) },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
