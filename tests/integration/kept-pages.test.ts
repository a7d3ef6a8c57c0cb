import http from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/url";
import { closeSession, openSession } from "@/lib/auth/sessions";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { PageCache } from "@/lib/http/page-cache";
import { openDatabaseWatch, type DatabaseWatch } from "@/lib/http/page-cache-db";
import { keptPagesHandler } from "@/lib/http/kept-pages";
import { updateClaim } from "@/lib/review/update-claim";
import { reportPresence } from "@/lib/live/presence";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";
import type { SessionUser } from "@/lib/auth/session-user";

const SECRET = "kept-pages-test-secret-0123456789abcdef";

let watch: DatabaseWatch;
let server: http.Server;
let base: string;
/** The requests the renderer (standing in for Next.js: it reads the claim from the database) had to answer. */
let rendered: string[];
let editor: SessionUser;
let claimId: string;
let slug: string;

/**
 * Renders a small page from the database, as a Next.js page would: the claim's state, with a nonce in its policy
 * and on its script. `/claims/redirect` answers a redirect, as a page does for a signed-out visit.
 */
async function render(req: http.IncomingMessage, res: http.ServerResponse) {
  rendered.push(req.url ?? "");
  if (req.url === "/claims/redirect") {
    res.writeHead(307, { location: "/login" });
    return void res.end();
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { state: true } });
  res.setHeader("content-security-policy", contentSecurityPolicy(nonce));
  res.setHeader("content-type", "text/html; charset=utf-8");
  const html = `<html><script nonce="${nonce}">start()</script><p id="state">${claim.state}</p></html>`;
  if (/gzip/.test(String(req.headers["accept-encoding"]))) {
    // As Next.js does for a browser that asks.
    res.setHeader("content-encoding", "gzip");
    return void res.end(gzipSync(html));
  }
  res.write(html.slice(0, 40));
  res.end(html.slice(40));
}

async function cookieFor(user: SessionUser): Promise<{ cookie: string; sessionId: string }> {
  const sessionId = await openSession(user.id, 3600);
  const token = await encode({ token: { sub: user.id, sid: sessionId }, secret: SECRET });
  return { cookie: `next-auth.session-token=${token}`, sessionId };
}

async function visit(path: string, cookie: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers: { cookie, ...headers }, redirect: "manual" });
  const body = await response.text();
  const nonce = /nonce="([^"]+)"/.exec(body)?.[1];
  return { status: response.status, body, nonce, policy: response.headers.get("content-security-policy") ?? "" };
}

const stampNow = async () => (await watch.check("", "")).stamp;

beforeAll(async () => {
  watch = openDatabaseWatch(databaseUrl());
  const handler = keptPagesHandler(render, { watch, secret: SECRET, cache: new PageCache(1_000_000, 30_000) });
  server = http.createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await watch.close();
});

beforeEach(async () => {
  await clearDatabase();
  rendered = [];
  editor = await createUser("EDITOR");
  const article = await createTestArticle(SAMPLE_BODY);
  claimId = article.claims[0].id;
  slug = article.slug;
});

describe("the database's change stamp (issue #13: kept pages)", () => {
  it("stays while the app only reads, and moves with every write the app commits", async () => {
    const before = await stampNow();
    await prisma.claim.findMany({ take: 5 });
    await prisma.claim.updateMany({ where: { id: "no-such-claim" }, data: { rationale: "x" } });
    expect(await stampNow()).toBe(before);
    await updateClaim(editor, claimId, { version: 1, state: "IN_REVIEW" });
    const afterClaim = await stampNow();
    expect(afterClaim).not.toBe(before);
    await prisma.comment.create({ data: { claimId, authorId: editor.id, body: "A word." } });
    expect(await stampNow()).not.toBe(afterClaim);
  });

  it("is not moved by what no kept page shows: heartbeats, sign-ins, job progress", async () => {
    const before = await stampNow();
    await reportPresence(editor, { article: slug, tabId: "tab-12345678", claimId, activity: "VIEWING" });
    await reportPresence(editor, { article: slug, tabId: "tab-12345678", claimId, activity: "EDITING", field: "rationale" });
    await openSession(editor.id, 3600);
    expect(await stampNow()).toBe(before);
  });

  it("counts every table but those, so a table added later cannot be forgotten", async () => {
    const uncounted = ["Presence", "Session", "LoginAttempt", "ApiToken", "Job", "ChangeCounter"];
    const postgres = databaseUrl().startsWith("postgres");
    // Prisma's own table and SQLite's full-text search tables (virtual, and their shadow tables) are not the app's.
    const tables = (
      postgres
        ? await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`)
        : await prisma.$queryRawUnsafe<{ name: string }[]>(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '_prisma_migrations'
               AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT IN (SELECT v.name || s.suffix FROM sqlite_master v,
                 (SELECT '_data' AS suffix UNION ALL SELECT '_idx' UNION ALL SELECT '_docsize' UNION ALL SELECT '_config' UNION ALL SELECT '_content') s
                 WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%')`,
          )
    ).map((t) => t.name);
    const triggers = postgres
      ? await prisma.$queryRawUnsafe<{ table: string; name: string }[]>(
          `SELECT c.relname::text AS "table", t.tgname::text AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal OR t.tgconstraint <> 0`,
        )
      : await prisma.$queryRawUnsafe<{ table: string; name: string }[]>(`SELECT tbl_name AS "table", name FROM sqlite_master WHERE type = 'trigger'`);
    expect(tables).toEqual(expect.arrayContaining(["Claim", "Comment", "Notification", "Presence"]));
    for (const table of tables.filter((t) => !uncounted.includes(t))) {
      const expected = postgres ? [`${table}_counted`] : [`${table}_counted_ai`, `${table}_counted_au`, `${table}_counted_ad`];
      const onTable = triggers.filter((t) => t.table === table).map((t) => t.name);
      expect(onTable, table).toEqual(expect.arrayContaining(expected));
    }
  });

  it("finds a session open only while it is open, unexpired and its user enabled", async () => {
    const open = await openSession(editor.id, 3600);
    expect((await watch.check(open, editor.id)).sessionOpen).toBe(true);
    expect((await watch.check(open, "someone-else")).sessionOpen).toBe(false);
    const expired = await openSession(editor.id, -5);
    expect((await watch.check(expired, editor.id)).sessionOpen).toBe(false);
    await closeSession(open);
    expect((await watch.check(open, editor.id)).sessionOpen).toBe(false);
    const again = await openSession(editor.id, 3600);
    await prisma.user.update({ where: { id: editor.id }, data: { disabled: true } });
    expect((await watch.check(again, editor.id)).sessionOpen).toBe(false);
  });
});

describe("a reading page opened again (issue #13: kept pages)", () => {
  it("is answered from memory while nothing changed, with a new nonce each time", async () => {
    const { cookie } = await cookieFor(editor);
    const first = await visit(`/claims/${claimId}`, cookie);
    const second = await visit(`/claims/${claimId}`, cookie);
    expect(rendered).toHaveLength(1);
    expect(second.status).toBe(200);
    expect(second.nonce).toBeDefined();
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.policy).toContain(`'nonce-${second.nonce}'`);
    expect(second.body).toBe(first.body.replaceAll(first.nonce!, second.nonce!));
  });

  it("shows a change made meanwhile, by this person or anyone", async () => {
    const { cookie } = await cookieFor(editor);
    expect((await visit(`/claims/${claimId}`, cookie)).body).toContain("UNREVIEWED");
    await updateClaim(editor, claimId, { version: 1, state: "IN_REVIEW" });
    expect((await visit(`/claims/${claimId}`, cookie)).body).toContain("IN_REVIEW");
    expect(rendered).toHaveLength(2);
  });

  it("is kept for one session only, even between two sessions of one person", async () => {
    const mine = await cookieFor(editor);
    const myOtherBrowser = await cookieFor(editor);
    const other = await cookieFor(await createUser("REVIEWER"));
    await visit(`/claims/${claimId}`, mine.cookie);
    await visit(`/claims/${claimId}`, myOtherBrowser.cookie);
    await visit(`/claims/${claimId}`, other.cookie);
    expect(rendered).toHaveLength(3);
  });

  it("is neither kept nor served when the session cookie comes twice", async () => {
    const mine = await cookieFor(editor);
    const planted = await cookieFor(await createUser("REVIEWER"));
    const both = `${planted.cookie}; ${mine.cookie}`;
    await visit(`/claims/${claimId}`, both);
    await visit(`/claims/${claimId}`, both);
    expect(rendered).toHaveLength(2);
  });

  it("is not shown to a session that ended: the visit goes to the page, which sends it to sign in", async () => {
    const { cookie, sessionId } = await cookieFor(editor);
    await visit(`/claims/${claimId}`, cookie);
    await closeSession(sessionId);
    await visit(`/claims/${claimId}`, cookie);
    expect(rendered).toHaveLength(2);
    await visit(`/claims/${claimId}`, "next-auth.session-token=forged");
    expect(rendered).toHaveLength(3);
  });

  it("keeps neither redirects nor Next.js's own payload requests", async () => {
    const { cookie } = await cookieFor(editor);
    expect((await visit("/claims/redirect", cookie)).status).toBe(307);
    expect((await visit("/claims/redirect", cookie)).status).toBe(307);
    await visit(`/claims/${claimId}`, cookie, { rsc: "1" });
    await visit(`/claims/${claimId}`, cookie, { rsc: "1" });
    await visit(`/articles/x/revise`, cookie);
    await visit(`/articles/x/revise`, cookie);
    expect(rendered).toHaveLength(6);
  });

  it("is compressed for a browser that accepts it, rendered or kept, and the kept page stays whole", async () => {
    const { cookie } = await cookieFor(editor);
    const first = await fetch(`${base}/claims/${claimId}`, { headers: { cookie, "accept-encoding": "gzip" } });
    expect(first.headers.get("content-encoding")).toBe("gzip");
    expect(first.headers.get("x-claimdesk-page")).toBeNull();
    expect(await first.text()).toContain("UNREVIEWED");
    const plain = await visit(`/claims/${claimId}`, cookie, { "accept-encoding": "identity" });
    expect(plain.body).toContain("UNREVIEWED");
    expect(plain.body).toMatch(/^<html><script nonce=/);
    const response = await fetch(`${base}/claims/${claimId}`, { headers: { cookie, "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("x-claimdesk-page")).toBe("kept");
    expect(await response.text()).toContain("UNREVIEWED");
    expect(rendered).toHaveLength(1);
  });
});
