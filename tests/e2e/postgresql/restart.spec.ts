import crypto from "node:crypto";
import fs from "node:fs";
import { expect, request as requests, test } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { restartDescribedCluster, type ClusterDescription } from "../../../scripts/pg/cluster";
import { DEMO, DEMO_PASSWORD, DEMO_SLUG } from "../fixtures";
import { commentIds, freshE2eDatabase } from "./databases";
import { startInstance, stopInstance, waitForHealth } from "./instances";

const PORT = 3623;
const base = `http://localhost:${PORT}`;

function clusterDescription(): ClusterDescription {
  const file = process.env.TEST_PG_CLUSTER;
  if (!file) throw new Error("The restart test restarts the throwaway PostgreSQL that `npm test` starts; with TEST_DATABASE_URL set it cannot (unset it to run this test).");
  return JSON.parse(fs.readFileSync(file, "utf8")) as ClusterDescription;
}

test("PostgreSQL restarting under load: requests in flight get 503 in the error shape, the app reconnects by itself, no acknowledged write is lost", async () => {
  test.setTimeout(240_000);
  const cluster = clusterDescription();
  const url = await freshE2eDatabase("claimdesk_restart");
  let instance: ChildProcess | null = startInstance(PORT, url, { CLAIMDESK_WORKERS: "2" });
  try {
    await waitForHealth(base);
    const client = await requests.newContext({ baseURL: base });
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    await client.post("/api/auth/callback/credentials", { form: { csrfToken, email: DEMO.reviewer, password: DEMO_PASSWORD, json: "true" }, maxRedirects: 0 });
    const { claims } = await (await client.get(`/api/articles/${DEMO_SLUG}/claims`)).json();

    const acknowledged: string[] = [];
    const unavailable: unknown[] = [];
    const other: number[] = [];
    let networkErrors = 0;
    let acknowledgedAfterRestart = 0;
    let restarted = false;
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const response = await client.post(`/api/claims/${claims[(w + i) % claims.length].id}/comments`, { data: { body: `restart-test ${w}-${i} ${crypto.randomUUID()}` }, timeout: 30_000 });
          if (response.status() === 201) {
            acknowledged.push((await response.json()).comment.id);
            if (restarted) acknowledgedAfterRestart++;
          } else if (response.status() === 503) {
            unavailable.push(await response.json());
            await new Promise((r) => setTimeout(r, 100));
          } else other.push(response.status());
        } catch {
          networkErrors++;
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    await new Promise((r) => setTimeout(r, 1500));
    await restartDescribedCluster(cluster, { downMs: 1500 });
    restarted = true;
    await new Promise((r) => setTimeout(r, 4000));
    stop = true;
    await load;

    expect(other).toEqual([]);
    expect(networkErrors).toBe(0);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const body of unavailable) expect(body).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringContaining("database") } });
    expect(acknowledgedAfterRestart).toBeGreaterThan(0);
    expect((await client.get("/api/health")).status()).toBe(200);

    const present = await commentIds(url);
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    await client.dispose();
  } finally {
    if (instance) stopInstance(instance);
    instance = null;
  }
});
