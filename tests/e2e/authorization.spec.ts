import { expect, test, type APIRequestContext } from "@playwright/test";
import { ROLES, FIXTURE_BODY, json, type AuthzFixture, type Role } from "./authz/fixture";
import { ROUTE_MATRIX } from "./authz/route-matrix";
import { ACTION_MATRIX } from "./authz/action-matrix";
import { discoverRouteHandlers, discoverServerActions, serverActionIds } from "./authz/discover";
import { callAction } from "./authz/call-action";
import { apiSignIn } from "./fixtures";

test.describe.configure({ mode: "serial" });

let fixture: AuthzFixture;
const contexts: APIRequestContext[] = [];

test.beforeAll(async ({ playwright, baseURL }) => {
  const clients = {} as Record<Role, APIRequestContext>;
  for (const role of ROLES) {
    // Anonymous callers carry a forged token: the handler itself must refuse it.
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: role === "anonymous" ? { Authorization: "Bearer cdk_forged" } : {} });
    if (role !== "anonymous") await apiSignIn(context, role);
    clients[role] = context;
    contexts.push(context);
  }
  const imported = await clients.admin.post("/api/articles", { data: { title: "Authorization fixture", body: FIXTURE_BODY } });
  expect(imported.status()).toBe(201);
  const { slug } = (await json<{ article: { slug: string } }>(imported)).article;
  const { claims } = await json<{ claims: { id: string }[] }>(await clients.admin.get(`/api/articles/${slug}/claims`));
  fixture = { slug, claimId: claims[0].id, body: FIXTURE_BODY, clients };
});

test.afterAll(async () => {
  for (const context of contexts) await context.dispose();
});

test("every route handler and every server action has an entry in the authorization matrix", () => {
  expect(discoverRouteHandlers()).toEqual(Object.keys(ROUTE_MATRIX).sort());
  expect(discoverServerActions()).toEqual(Object.keys(ACTION_MATRIX).sort());
});

test("each route handler answers each role with the exact status", async () => {
  const wrong: string[] = [];
  for (const [route, entry] of Object.entries(ROUTE_MATRIX)) {
    for (const role of ROLES) {
      const response = await entry.call(fixture, role);
      if (response.status() !== entry.expect[role]) wrong.push(`${route} as ${role}: ${response.status()}, expected ${entry.expect[role]} — ${(await response.text()).slice(0, 160)}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("each server action checks the session and the role itself", async () => {
  const ids = serverActionIds();
  const wrong: string[] = [];
  for (const [action, entry] of Object.entries(ACTION_MATRIX)) {
    const found = ids.get(action);
    if (!found) {
      wrong.push(`${action}: not in this build's server-reference manifest`);
      continue;
    }
    for (const role of ROLES) {
      const outcome = await callAction(fixture.clients[role], found.id, found.page, entry.args, entry.form === false ? null : {});
      const got = outcome.code === "UNAUTHENTICATED" || outcome.code === "FORBIDDEN" ? outcome.code : outcome.code.startsWith("UNREADABLE") || outcome.code === "INTERNAL" ? outcome.code : "PASS";
      if (got !== entry.expect[role]) wrong.push(`${action} as ${role}: ${outcome.code} (HTTP ${outcome.httpStatus}), expected ${entry.expect[role]}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("an open stream is authorized before its first byte: 401 without a session, events for every role with one", async ({ baseURL }) => {
  for (const role of ROLES) {
    const state = await fixture.clients[role].storageState();
    const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const controller = new AbortController();
    const headers: Record<string, string> = role === "anonymous" ? { authorization: "Bearer cdk_forged" } : { cookie };
    for (const path of [`/api/stream?article=${fixture.slug}`, "/api/stream?scope=desk"]) {
      const response = await fetch(`${baseURL}${path}`, { headers, signal: controller.signal });
      expect(response.status, `${path} as ${role}`).toBe(role === "anonymous" ? 401 : 200);
      if (role !== "anonymous") {
        expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
        const first = await response.body!.getReader().read();
        expect(new TextDecoder().decode(first.value)).toContain("retry: 1000");
      }
    }
    controller.abort();
  }
});
