import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

export const ROLES = ["anonymous", "reviewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What every request in the matrix works on: an article imported for this test, and one of its claims. */
export interface AuthzFixture {
  slug: string;
  claimId: string;
  body: string;
  clients: Record<Role, APIRequestContext>;
}

export const FIXTURE_BODY = [
  "Authorization fixture",
  "",
  "The ministry said on March 3, 2025 that it had spent $4.5 billion on roads since 2019.",
  "",
  "About 40% of the funds went to rural districts, according to the audit office.",
  "",
  "Officials counted 1,200 kilometres of new road, more than twice the 2019 figure.",
].join("\n");

export async function json<T = Record<string, unknown>>(response: APIResponse): Promise<T> {
  return (await response.json()) as T;
}

export async function claimVersion(client: APIRequestContext, claimId: string): Promise<number> {
  const response = await client.get(`/api/claims/${claimId}`);
  expect(response.status()).toBe(200);
  return (await json<{ version: number }>(response)).version;
}

export async function articleVersion(client: APIRequestContext, slug: string): Promise<number> {
  return (await json<{ article: { version: number } }>(await client.get(`/api/articles/${slug}`))).article.version;
}

/** A new citation on the fixture claim, by the given client, for requests that need one of their own. */
export async function newCitation(client: APIRequestContext, claimId: string, tag: string): Promise<string> {
  const response = await client.post(`/api/claims/${claimId}/citations`, {
    data: { url: `https://example.org/authz/${tag}`, title: `Authz source ${tag}`, passage: "The audit found $4.5 billion spent.", stance: "SUPPORTS" },
  });
  expect(response.status()).toBe(201);
  return (await json<{ citation: { id: string } }>(response)).citation.id;
}

export async function newFlag(client: APIRequestContext, claimId: string): Promise<string> {
  const response = await client.post(`/api/claims/${claimId}/flags`, { data: { kind: "OTHER", severity: "LOW", note: "Authz flag" } });
  expect(response.status()).toBe(201);
  return (await json<{ flag: { id: string } }>(response)).flag.id;
}

/** A long article's import by the given client: 202 and a job of that person's own. */
export async function newImportJob(client: APIRequestContext, tag: string): Promise<string> {
  const body = Array.from({ length: 2500 }, (_, i) => `Paragraph ${i} by ${tag}: the agency paid $${i + 1} million in ${1990 + (i % 30)}.`).join("\n\n");
  const response = await client.post("/api/articles", { data: { title: `Job fixture by ${tag} ${Date.now()}`, body } });
  expect(response.status()).toBe(202);
  return (await json<{ job: { id: string } }>(response)).job.id;
}

/**
 * A pasted snapshot by the given client (no network). Its source's URL is a loopback address the e2e server's
 * fetch allow-list does not name, so checking it again is refused before any connection: UNREACHABLE.
 */
export async function newSnapshot(client: APIRequestContext, tag: string): Promise<{ id: string; sourceId: string }> {
  const response = await client.post("/api/sources", {
    data: { title: `Authz snapshot ${tag}`, text: `The audit by ${tag} found $4.5 billion spent on roads.`, url: `http://127.0.0.1:9/authz/${tag}-${Date.now()}` },
  });
  expect(response.status()).toBe(201);
  const body = await json<{ source: { id: string }; snapshot: { id: string } }>(response);
  return { id: body.snapshot.id, sourceId: body.source.id };
}
