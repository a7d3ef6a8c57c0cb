import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ROUTE_MATRIX } from "./authz/route-matrix";
import { DEMO_SLUG, apiSignIn } from "./fixtures";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** What must not change while the fuzzer hammers the API with made-up ids: the demo article and its claims. */
async function snapshot(client: APIRequestContext) {
  const article = (await (await client.get(`/api/articles/${DEMO_SLUG}`)).json()).article;
  const claims = (await (await client.get(`/api/articles/${DEMO_SLUG}/claims`)).json()).claims;
  return JSON.stringify({ body: article.body, version: article.version, claims });
}

const routes = Object.keys(ROUTE_MATRIX)
  .filter((r) => !r.includes("/api/auth/"))
  .map((r) => {
    const [method, path] = r.split(" ");
    return { method, path };
  });

// Ids a client might send: made-up words, path tricks, huge or odd strings (never the demo's own).
const idArb = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom("..", "%00", "' OR 1=1 --", "<script>", "null", "0", "-1", "9".repeat(400), "ö😀"));
const valueArb = fc.oneof(fc.jsonValue(), fc.string(), fc.integer(), fc.constant(null), fc.double(), fc.boolean());
// Bodies shaped like the real ones with wrong types, plus anything JSON can say.
const bodyArb = fc.oneof(
  fc.record(
    {
      version: valueArb,
      state: valueArb,
      verdict: valueArb,
      body: valueArb,
      title: valueArb,
      url: valueArb,
      passage: valueArb,
      stance: valueArb,
      kind: valueArb,
      severity: valueArb,
      note: valueArb,
      status: valueArb,
      start: valueArb,
      end: valueArb,
      claims: valueArb,
      action: valueArb,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);
const rawArb = fc.oneof(fc.string(), fc.constantFrom("{", "[1,", '{"a":}', "\u0000", "null", "true", "1e999"));
const queryArb = fc.dictionary(fc.constantFrom("format", "page", "pageSize", "sort", "order", "state", "q", "from", "to", "kind", "verdict"), fc.string({ maxLength: 30 }), { maxKeys: 4 });

test("thousands of generated requests to every API route: no 5xx, and nothing unrelated changes", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const client = await playwright.request.newContext({ baseURL });
  await apiSignIn(client, "admin");
  const before = await snapshot(client);
  const failures: string[] = [];

  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), idArb, fc.oneof(bodyArb.map((b) => ({ json: b })), rawArb.map((raw) => ({ raw }))), queryArb, async (route, id, payload, query) => {
      const path = route.path.replace(/\[[^\]]+\]/g, encodeURIComponent(id)) + "?" + new URLSearchParams(query).toString();
      const options =
        route.method === "GET" ? {} : "json" in payload ? { data: payload.json } : { data: payload.raw, headers: { "content-type": "application/json" } };
      const response = await client.fetch(path, { method: route.method, ...options, maxRedirects: 0 });
      if (response.status() >= 500) failures.push(`${route.method} ${path} ${JSON.stringify(payload).slice(0, 200)} → ${response.status()}`);
      return response.status() < 500;
    }),
    { numRuns: RUNS, endOnFailure: true },
  );

  expect(failures).toEqual([]);
  expect(await snapshot(client)).toBe(before);
  await client.dispose();
});
