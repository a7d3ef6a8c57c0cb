import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));
// `npm test` runs vitest twice: every suite on SQLite, then the integration suite on PostgreSQL
// (CLAIMDESK_TEST_DB=postgresql). Tests of one database's own machinery live in its folder.
const postgres = process.env.CLAIMDESK_TEST_DB === "postgresql";

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: postgres ? ["tests/integration/**/*.test.ts"] : ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    exclude: ["**/node_modules/**", postgres ? "tests/integration/sqlite/**" : "tests/integration/postgresql/**"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/db-per-file.ts"],
    // A non-UTC zone makes date bugs show.
    env: { TZ: "America/New_York" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
