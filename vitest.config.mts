import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/db-per-file.ts"],
    // A non-UTC zone makes date bugs show.
    env: { TZ: "America/New_York" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
