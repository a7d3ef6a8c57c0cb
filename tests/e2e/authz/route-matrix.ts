import type { APIResponse } from "@playwright/test";
import { articleVersion, claimVersion, newCitation, newFlag, newImportJob, newSnapshot, type AuthzFixture, type Role } from "./fixture";

type Expect = Record<Role, number>;
interface RouteCase {
  expect: Expect;
  /** Makes the request as `role`; each role sends its own data so successes never collide. */
  call: (f: AuthzFixture, role: Role) => Promise<APIResponse>;
}

const signedIn = (ok: number): Expect => ({ anonymous: 401, reviewer: ok, editor: ok, admin: ok });
const editorsOnly = (ok: number): Expect => ({ anonymous: 401, reviewer: 403, editor: ok, admin: ok });
const adminsOnly = (ok: number): Expect => ({ anonymous: 401, reviewer: 403, editor: 403, admin: ok });
const everyone = (ok: number): Expect => ({ anonymous: ok, reviewer: ok, editor: ok, admin: ok });
// Anonymous requests have no session to make objects with: they use a made-up id, and must still get 401.
const own = async <T>(f: AuthzFixture, role: Role, make: () => Promise<T>, none: T) => (role === "anonymous" ? none : make());

/** Every route handler, with the exact status each role gets. A new route without an entry fails the test. */
export const ROUTE_MATRIX: Record<string, RouteCase> = {
  "GET /api/health": { expect: everyone(200), call: (f, r) => f.clients[r].get("/api/health") },
  "GET /api/openapi.json": { expect: everyone(200), call: (f, r) => f.clients[r].get("/api/openapi.json") },
  "GET /api/auth/[...nextauth]": { expect: everyone(200), call: (f, r) => f.clients[r].get("/api/auth/csrf") },
  "POST /api/auth/[...nextauth]": {
    // A credentials sign-in with a wrong password: next-auth answers, nobody is signed in.
    expect: everyone(401),
    call: async (f, r) => {
      const { csrfToken } = await (await f.clients[r].get("/api/auth/csrf")).json();
      return f.clients[r].post("/api/auth/callback/credentials", { form: { csrfToken, email: `authz-${r}@claimdesk.test`, password: "wrong", json: "true" }, maxRedirects: 0 });
    },
  },
  "GET /api/articles": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/articles") },
  "POST /api/articles": {
    expect: signedIn(201),
    call: (f, r) => f.clients[r].post("/api/articles", { data: { title: `Authz import by ${r}`, body: `Imported by ${r}.\n\nThe council spent $${r.length} million in 2024.` } }),
  },
  "GET /api/settings/organization": { expect: adminsOnly(200), call: (f, r) => f.clients[r].get("/api/settings/organization") },
  "PUT /api/settings/organization": {
    // The admin saves back what it read, at the version it read: the later specs' reports keep their signer.
    expect: adminsOnly(200),
    call: async (f, r) => {
      const current = await f.clients[r].get("/api/settings/organization");
      const body = current.ok() ? await current.json() : { organization: { name: `Authz ${r}`, url: null }, version: null };
      return f.clients[r].put("/api/settings/organization", { data: { name: body.organization.name, url: body.organization.url, version: body.version } });
    },
  },
  "GET /api/notifications": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/notifications") },
  "GET /api/sources/known": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/sources/known") },
  "GET /api/people": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/people?q=e") },
  "GET /api/notifications/preferences": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/notifications/preferences") },
  "PUT /api/notifications/preferences": {
    expect: signedIn(200),
    call: (f, r) => f.clients[r].put("/api/notifications/preferences", { data: { kinds: ["ASSIGNED", "MENTIONED", "AWAITING_SIGNOFF", "SIGNED_OFF", "SENT_BACK"], email: false } }),
  },
  "POST /api/notifications/read": { expect: signedIn(200), call: (f, r) => f.clients[r].post("/api/notifications/read", { data: { all: true } }) },
  // Without a slug the stream is refused before it opens, so the call ends; an open stream is tested apart (authorization.spec.ts).
  "POST /api/presence": { expect: signedIn(200), call: (f, r) => f.clients[r].post("/api/presence", { data: { article: "none", tabId: `authz-tab-${r}`, activity: "LEFT" } }) },
  "GET /api/stream": { expect: signedIn(422), call: (f, r) => f.clients[r].get("/api/stream") },
  "GET /api/jobs/[id]": {
    expect: signedIn(200),
    call: async (f, r) => f.clients[r].get(`/api/jobs/${await own(f, r, () => newImportJob(f.clients[r], `get-${r}`), "no-such-job")}`),
  },
  "POST /api/jobs/[id]/cancel": {
    expect: signedIn(200),
    call: async (f, r) => f.clients[r].post(`/api/jobs/${await own(f, r, () => newImportJob(f.clients[r], `cancel-${r}`), "no-such-job")}/cancel`),
  },
  "GET /api/articles/[slug]": { expect: signedIn(200), call: (f, r) => f.clients[r].get(`/api/articles/${f.slug}`) },
  "PUT /api/articles/[slug]/body": {
    expect: editorsOnly(200),
    call: async (f, r) => {
      const version = await own(f, r, () => articleVersion(f.clients.admin, f.slug), 1);
      return f.clients[r].put(`/api/articles/${f.slug}/body`, { data: { body: `${f.body}\n\nRevised by ${r}.`, version } });
    },
  },
  "GET /api/articles/[slug]/claims": { expect: signedIn(200), call: (f, r) => f.clients[r].get(`/api/articles/${f.slug}/claims`) },
  "POST /api/articles/[slug]/claims": {
    expect: signedIn(201),
    call: (f, r) => {
      const start = f.body.indexOf(["rural", "districts", "audit", "office"][["anonymous", "reviewer", "editor", "admin"].indexOf(r)]);
      return f.clients[r].post(`/api/articles/${f.slug}/claims`, { data: { start, end: start + 5 } });
    },
  },
  "GET /api/articles/[slug]/report": { expect: signedIn(200), call: (f, r) => f.clients[r].get(`/api/articles/${f.slug}/report?format=json`) },
  "GET /api/reports": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/reports?format=json&from=2000-01-01&to=2100-01-01") },
  "GET /api/dashboard": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/dashboard") },
  "GET /api/claims": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/claims?pageSize=5") },
  "POST /api/claims/bulk": {
    expect: editorsOnly(200),
    call: async (f, r) => {
      const version = await own(f, r, () => claimVersion(f.clients.admin, f.claimId), 1);
      return f.clients[r].post("/api/claims/bulk", { data: { action: "assign", claims: [{ id: f.claimId, version }], assigneeEmail: "reviewer@claimdesk.test" } });
    },
  },
  "GET /api/claims/[id]": { expect: signedIn(200), call: (f, r) => f.clients[r].get(`/api/claims/${f.claimId}`) },
  "PATCH /api/claims/[id]": {
    expect: editorsOnly(200),
    call: async (f, r) => {
      const version = await own(f, r, () => claimVersion(f.clients.admin, f.claimId), 1);
      return f.clients[r].patch(`/api/claims/${f.claimId}`, { data: { version, assigneeEmail: "reviewer@claimdesk.test" } });
    },
  },
  "POST /api/claims/[id]/citations": {
    expect: signedIn(201),
    call: (f, r) => f.clients[r].post(`/api/claims/${f.claimId}/citations`, { data: { url: `https://example.org/${r}`, title: `By ${r}`, passage: "It spent $4.5 billion.", stance: "SUPPORTS" } }),
  },
  "POST /api/claims/[id]/comments": { expect: signedIn(201), call: (f, r) => f.clients[r].post(`/api/claims/${f.claimId}/comments`, { data: { body: `Comment by ${r}` } }) },
  "POST /api/claims/[id]/flags": {
    expect: signedIn(201),
    call: (f, r) => f.clients[r].post(`/api/claims/${f.claimId}/flags`, { data: { kind: "OTHER", severity: "LOW", note: `Flag by ${r}` } }),
  },
  "GET /api/claims/[id]/matches": { expect: signedIn(200), call: (f, r) => f.clients[r].get(`/api/claims/${f.claimId}/matches`) },
  "POST /api/claims/[id]/matches": {
    // Rejecting a match with another claim of the fixture article: any signed-in role may.
    expect: signedIn(200),
    call: async (f, r) => {
      const other = await own(f, r, async () => {
        const { claims } = (await (await f.clients.admin.get(`/api/articles/${f.slug}/claims`)).json()) as { claims: Array<{ id: string }> };
        return claims.find((c) => c.id !== f.claimId)!.id;
      }, "authz-none");
      return f.clients[r].post(`/api/claims/${f.claimId}/matches`, { data: { claimId: other, relation: "NONE" } });
    },
  },
  "GET /api/search": { expect: signedIn(200), call: (f, r) => f.clients[r].get("/api/search?q=council&limit=5") },
  "PATCH /api/flags/[id]": {
    expect: signedIn(200),
    call: async (f, r) => {
      const flagId = await own(f, r, () => newFlag(f.clients[r], f.claimId), "authz-none");
      return f.clients[r].patch(`/api/flags/${flagId}`, { data: { status: "DISMISSED", note: `Closed by ${r}` } });
    },
  },
  "PATCH /api/citations/[id]": {
    expect: signedIn(200),
    call: async (f, r) => {
      const citationId = await own(f, r, () => newCitation(f.clients[r], f.claimId, `edit-${r}`), "authz-none");
      return f.clients[r].patch(`/api/citations/${citationId}`, { data: { stance: "CONTEXT" } });
    },
  },
  "DELETE /api/citations/[id]": {
    expect: signedIn(200),
    call: async (f, r) => {
      const citationId = await own(f, r, () => newCitation(f.clients[r], f.claimId, `delete-${r}`), "authz-none");
      return f.clients[r].delete(`/api/citations/${citationId}`);
    },
  },
  "POST /api/sources": {
    expect: signedIn(201),
    call: (f, r) => f.clients[r].post("/api/sources", { data: { title: `Pasted by ${r}`, text: `Pasted by ${r}: the audit found $4.5 billion.` } }),
  },
  "GET /api/snapshots/[id]": {
    expect: signedIn(200),
    call: async (f, r) => f.clients[r].get(`/api/snapshots/${(await own(f, r, () => newSnapshot(f.clients[r], `get-${r}`), { id: "authz-none", sourceId: "authz-none" })).id}`),
  },
  "GET /api/snapshots/[id]/original": {
    expect: signedIn(200),
    call: async (f, r) => f.clients[r].get(`/api/snapshots/${(await own(f, r, () => newSnapshot(f.clients[r], `original-${r}`), { id: "authz-none", sourceId: "authz-none" })).id}/original`),
  },
  "GET /api/claims/[id]/evidence": { expect: signedIn(200), call: (f, r) => f.clients[r].get(`/api/claims/${f.claimId}/evidence`) },
  "POST /api/sources/[id]/check": {
    expect: signedIn(200),
    call: async (f, r) => f.clients[r].post(`/api/sources/${(await own(f, r, () => newSnapshot(f.clients[r], `check-${r}`), { id: "authz-none", sourceId: "authz-none" })).sourceId}/check`),
  },
  "POST /api/sources/check": { expect: editorsOnly(202), call: (f, r) => f.clients[r].post("/api/sources/check") },
  "POST /api/articles/[slug]/check-sources": { expect: signedIn(202), call: (f, r) => f.clients[r].post(`/api/articles/${f.slug}/check-sources`) },
};
