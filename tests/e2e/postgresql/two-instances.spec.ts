import { expect, request as requests, test, type APIRequestContext } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { DEMO, DEMO_PASSWORD, DEMO_SLUG } from "../fixtures";
import { freshE2eDatabase } from "./databases";
import { startInstance, stopInstance, waitForHealth } from "./instances";

// Two app instances on one PostgreSQL database, started at the same moment (one migrates and seeds
// while the other waits on the lock), sharing no state but the database.
const PORTS = [3621, 3622] as const;
const bases = PORTS.map((p) => `http://localhost:${p}`);
let instances: ChildProcess[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const url = await freshE2eDatabase("claimdesk_two_instances");
  instances = PORTS.map((port) => startInstance(port, url));
  await Promise.all(bases.map((base) => waitForHealth(base)));
});

test.afterAll(() => instances.forEach(stopInstance));

async function signedIn(base: string, who: keyof typeof DEMO): Promise<APIRequestContext> {
  const client = await requests.newContext({ baseURL: base });
  const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
  const response = await client.post("/api/auth/callback/credentials", { form: { csrfToken, email: DEMO[who], password: DEMO_PASSWORD, json: "true" }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(400);
  return client;
}

async function firstClaimId(client: APIRequestContext): Promise<string> {
  const { claims } = await (await client.get(`/api/articles/${DEMO_SLUG}/claims`)).json();
  return claims[0].id;
}

test("a session made on one instance is valid on the other, and a write on one is read on the other", async () => {
  const client = await signedIn(bases[0], "reviewer");
  // The session cookie belongs to localhost, whatever the port: the other instance must accept it.
  const onB = await client.get(`${bases[1]}/api/articles/${DEMO_SLUG}`);
  expect(onB.status()).toBe(200);
  const claimId = await firstClaimId(client);
  const body = `Written on instance A at ${Date.now()}`;
  expect((await client.post(`${bases[0]}/api/claims/${claimId}/comments`, { data: { body } })).status()).toBe(201);
  const read = await (await client.get(`${bases[1]}/api/claims/${claimId}`)).json();
  expect(read.comments.map((c: { body: string }) => c.body)).toContain(body);
  await client.dispose();
});

test("50 concurrent edits of one claim over both instances: exactly one wins, 49 get 409, one history event", async () => {
  const client = await signedIn(bases[0], "reviewer");
  const claimId = await firstClaimId(client);
  const before = await (await client.get(`/api/claims/${claimId}`)).json();
  const rationaleEvents = (events: { type: string }[]) => events.filter((e) => e.type === "RATIONALE_CHANGED").length;
  const statuses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      client.patch(`${bases[i % 2]}/api/claims/${claimId}`, { data: { version: before.version, rationale: `Edit number ${i}` } }).then((r) => r.status()),
    ),
  );
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(49);
  const after = await (await client.get(`${bases[1]}/api/claims/${claimId}`)).json();
  expect(after.version).toBe(before.version + 1);
  expect(rationaleEvents(after.events)).toBe(rationaleEvents(before.events) + 1);
  await client.dispose();
});

test("the dashboard on one instance never serves a figure a change on the other has made stale", async () => {
  const client = await signedIn(bases[0], "editor");
  const figures = async (base: string) => (await (await client.get(`${base}/api/dashboard`)).json()).overall.byState as Record<string, number>;
  const before = await figures(bases[1]); // B computes and caches its figures
  const { claims } = await (await client.get(`${bases[0]}/api/articles/${DEMO_SLUG}/claims`)).json();
  const target = claims.find((c: { state: string }) => c.state === "UNREVIEWED");
  // Within the same second as B's cached computation: a stamp that dropped milliseconds would miss it.
  expect((await client.patch(`${bases[0]}/api/claims/${target.id}`, { data: { version: target.version, state: "IN_REVIEW" } })).status()).toBe(200);
  const after = await figures(bases[1]);
  expect(after.IN_REVIEW).toBe(before.IN_REVIEW + 1);
  expect(after.UNREVIEWED).toBe(before.UNREVIEWED - 1);
  await client.dispose();
});

test("two people on two instances see each other on a claim and each other's saves live", async ({ browser }) => {
  const pages = await Promise.all(
    (["reviewer", "editor"] as const).map(async (who, i) => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${bases[i]}/login?callbackUrl=${encodeURIComponent("/articles")}`);
      await page.getByLabel("Email").fill(DEMO[who]);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/articles$/);
      return page;
    }),
  );
  const client = await signedIn(bases[0], "reviewer");
  const claimId = await firstClaimId(client);
  await client.dispose();
  const [onA, onB] = pages;
  await onA.goto(`${bases[0]}/claims/${claimId}`);
  await onB.goto(`${bases[1]}/claims/${claimId}`);
  await expect(onB.getByRole("status", { name: "Who else is on this claim" })).toContainText("Riya Reviewer is viewing");
  await expect(onA.getByRole("status", { name: "Who else is on this claim" })).toContainText("Ed Editor is viewing");

  const panel = onB.getByRole("complementary");
  await expect(panel.getByRole("button", { name: "Save review" })).toBeEnabled();
  const rationale = `Saved through instance B at ${Date.now()}`;
  await panel.getByLabel("Rationale").fill(rationale);
  await panel.getByRole("button", { name: "Save review" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Claim updated." })).toBeVisible();
  // Instance A's page shows it without a reload: its own poll of the history table found the change.
  await expect(onA.getByRole("complementary").getByLabel("Rationale")).toHaveValue(rationale);
  await Promise.all(pages.map((p) => p.context().close()));
});

test("failed sign-ins spread over both instances are throttled as one count", async () => {
  const email = "spread-throttle@claimdesk.test";
  const attempt = async (base: string) => {
    const client = await requests.newContext({ baseURL: base });
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    const status = (await client.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "wrong", json: "true" }, maxRedirects: 0 })).status();
    await client.dispose();
    return status;
  };
  // Five failures, alternating instances: neither instance alone saw five.
  for (let i = 0; i < 5; i++) expect(await attempt(bases[i % 2])).not.toBe(429);
  expect(await attempt(bases[0])).toBe(429);
  expect(await attempt(bases[1])).toBe(429);
});
