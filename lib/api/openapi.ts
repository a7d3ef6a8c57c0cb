import { evidencePaths } from "./openapi-evidence";

/** The API's OpenAPI 3 description, served at /api/openapi.json. Kept beside API.md's fixed shapes. */
const errorRef = { $ref: "#/components/schemas/Error" };
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: "Error", content: { "application/json": { schema: errorRef } } }]));
const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });
const body = (schema: object) => ({ required: true, content: { "application/json": { schema } } });
const slug = { name: "slug", in: "path", required: true, schema: { type: "string" } };
const id = { name: "id", in: "path", required: true, schema: { type: "string" } };

const organization = { type: "object", properties: { name: { type: "string" }, url: { type: "string", nullable: true } } };
const organizationSettings = {
  type: "object",
  properties: {
    organization,
    source: { type: "string", enum: ["settings", "environment"] },
    version: { type: "string", nullable: true },
    defaults: organization,
  },
};

export const openApiDocument = {
  openapi: "3.0.3",
  info: { title: "Claimdesk API", version: "1.0.0", description: "Fact-check annotations for newsrooms. Authenticate with the session cookie or a bearer token." },
  components: {
    securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" }, bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "string" } } },
          },
        },
      },
      Value: {
        type: "object",
        required: ["kind", "value", "text"],
        properties: {
          kind: { type: "string" },
          value: { oneOf: [{ type: "number" }, { type: "string" }] },
          unit: { type: "string" },
          qualifier: { type: "string" },
          text: { type: "string" },
        },
      },
      Job: {
        type: "object",
        required: ["id", "kind", "state", "progress", "message", "createdAt"],
        properties: {
          id: { type: "string" },
          kind: { type: "string", enum: ["IMPORT_ARTICLE", "RERUN_CHECKS", "REPORT", "CHECK_SOURCES"] },
          state: { type: "string", enum: ["QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"] },
          progress: { type: "number", minimum: 0, maximum: 1 },
          message: { type: "string" },
          result: { type: "object", description: "For a finished import: { slug, article }" },
          error: { type: "string" },
          createdAt: { type: "string", format: "date-time" },
          finishedAt: { type: "string", format: "date-time" },
        },
      },
      Claim: {
        type: "object",
        required: ["id", "articleSlug", "start", "end", "quote", "prefix", "suffix", "kind", "values", "score", "state", "verdict", "anchor", "version"],
        properties: {
          id: { type: "string" },
          articleSlug: { type: "string" },
          start: { type: "integer" },
          end: { type: "integer" },
          quote: { type: "string" },
          prefix: { type: "string" },
          suffix: { type: "string" },
          kind: { type: "string", enum: ["money", "number", "percent", "fraction", "date", "duration", "quote", "event", "other"] },
          values: { type: "array", items: { $ref: "#/components/schemas/Value" } },
          score: { type: "number" },
          state: { type: "string", enum: ["UNREVIEWED", "IN_REVIEW", "AWAITING_SIGNOFF", "SIGNED_OFF"] },
          verdict: { type: "string", nullable: true, enum: ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"] },
          anchor: { type: "string", enum: ["ANCHORED", "TEXT_CHANGED", "ORPHANED"] },
          version: { type: "integer" },
        },
      },
    },
  },
  security: [{ session: [] }, { bearer: [] }],
  paths: {
    ...evidencePaths,
    "/api/health": { get: { security: [], summary: "Liveness once the database answers", responses: { "200": json({ type: "object", properties: { status: { type: "string" } } }) } } },
    "/api/articles": {
      get: { summary: "Every article with its claim count", responses: { "200": json({ type: "object", properties: { articles: { type: "array", items: { type: "object" } } } }), ...errors(401, 403) } },
      post: {
        summary: "Import an article; detected claims arrive as suggestions",
        requestBody: body({
          type: "object",
          required: ["title", "body"],
          properties: { title: { type: "string" }, body: { type: "string" }, url: { type: "string" }, publication: { type: "string" }, publishedAt: { type: "string", format: "date" } },
        }),
        responses: {
          "201": json({ type: "object", properties: { article: { type: "object" } } }, "Created"),
          "202": json({ type: "object", properties: { job: { $ref: "#/components/schemas/Job" } } }, "A long article (over 100 KB): imported as a job; follow it at /api/jobs/{id}"),
          ...errors(400, 401, 403, 409, 413, 422, 503),
        },
      },
    },
    "/api/stream": {
      get: {
        summary: "Server-Sent Events for an article: event claim (state, verdict, version), citation, flag, comment, presence, revision; each data line is JSON naming claimId; send Last-Event-ID to resume",
        parameters: [{ name: "article", in: "query", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "text/event-stream", content: { "text/event-stream": { schema: { type: "string" } } } }, ...errors(401, 403, 404, 422) },
      },
    },
    "/api/presence": {
      post: {
        summary: "A tab's presence heartbeat (expires after 30 s); activity LEFT removes it",
        requestBody: body({ type: "object", required: ["article", "tabId", "activity"], properties: { article: { type: "string" }, tabId: { type: "string" }, claimId: { type: "string", nullable: true }, activity: { type: "string", enum: ["VIEWING", "EDITING", "LEFT"] }, field: { type: "string", nullable: true } } }),
        responses: { "200": json({ type: "object" }), ...errors(400, 401, 404, 422) },
      },
    },
    "/api/notifications": {
      get: { summary: "The signed-in person's notifications (ASSIGNED, MENTIONED, AWAITING_SIGNOFF, SIGNED_OFF, SENT_BACK) and the unread count", responses: { "200": json({ type: "object", properties: { notifications: { type: "array", items: { type: "object" } }, unread: { type: "integer" } } }), ...errors(401) } },
    },
    "/api/notifications/read": {
      post: {
        summary: "Mark notifications read: {ids:[...]} or {all:true}",
        requestBody: body({ type: "object", properties: { ids: { type: "array", items: { type: "string" } }, all: { type: "boolean" } } }),
        responses: { "200": json({ type: "object", properties: { marked: { type: "integer" }, unread: { type: "integer" } } }), ...errors(400, 401, 422) },
      },
    },
    "/api/jobs/{id}": {
      get: { summary: "A background job: state, progress (0..1), what it is doing, its result when DONE", parameters: [id], responses: { "200": json({ type: "object", properties: { job: { $ref: "#/components/schemas/Job" } } }), ...errors(401, 404) } },
    },
    "/api/jobs/{id}/cancel": {
      post: { summary: "Cancel a queued or running job (a running one stops at its next step and undoes its work); 409 once it has ended", parameters: [id], responses: { "200": json({ type: "object", properties: { job: { $ref: "#/components/schemas/Job" } } }), ...errors(401, 404, 409) } },
    },
    "/api/articles/{slug}/body": {
      put: {
        summary: "A new revision of the text (editors and admins); claims are re-anchored; 409 when version is not the current revision",
        parameters: [slug],
        requestBody: body({ type: "object", required: ["body", "version"], properties: { body: { type: "string" }, version: { type: "integer" } } }),
        responses: { "200": json({ type: "object" }), ...errors(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    "/api/citations/{id}": {
      patch: {
        summary: "Edit a citation's passage or stance (recorded in the claim's history; checks rerun)",
        parameters: [id],
        requestBody: body({ type: "object", properties: { passage: { type: "string" }, stance: { type: "string", enum: ["SUPPORTS", "CONTRADICTS", "CONTEXT"] } } }),
        responses: { "200": json({ type: "object" }), ...errors(400, 401, 403, 404, 409, 422) },
      },
      delete: { summary: "Withdraw a citation (kept in the history)", parameters: [id], responses: { "200": json({ type: "object" }), ...errors(401, 403, 404, 409) } },
    },
    "/api/claims/{id}/flags": {
      post: {
        summary: "Raise a flag on a claim",
        parameters: [id],
        requestBody: body({ type: "object", required: ["kind", "severity", "note"], properties: { kind: { type: "string" }, severity: { type: "string", enum: ["LOW", "MEDIUM", "HIGH"] }, note: { type: "string" } } }),
        responses: { "201": json({ type: "object" }, "Created"), ...errors(400, 401, 403, 404, 422) },
      },
    },
    "/api/flags/{id}": {
      patch: {
        summary: "Resolve or dismiss a flag",
        parameters: [id],
        requestBody: body({ type: "object", required: ["status", "note"], properties: { status: { type: "string", enum: ["RESOLVED", "DISMISSED"] }, note: { type: "string" } } }),
        responses: { "200": json({ type: "object" }), ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    "/api/articles/{slug}": {
      get: { summary: "One article with its exact body and current revision number (version)", parameters: [slug], responses: { "200": json({ type: "object" }), ...errors(401, 404) } },
    },
    "/api/articles/{slug}/claims": {
      post: {
        summary: "A claim made by hand on an exact span of the current text",
        parameters: [slug],
        requestBody: body({ type: "object", required: ["start", "end"], properties: { start: { type: "integer" }, end: { type: "integer" } } }),
        responses: { "201": json({ $ref: "#/components/schemas/Claim" }, "Created"), ...errors(400, 401, 403, 404, 409, 422) },
      },
      get: {
        summary: "The article's claims",
        parameters: [slug],
        responses: { "200": json({ type: "object", properties: { claims: { type: "array", items: { $ref: "#/components/schemas/Claim" } } } }), ...errors(401, 404) },
      },
    },
    "/api/articles/{slug}/report": {
      get: {
        summary: "The article's corrections report as a download",
        parameters: [slug, { name: "format", in: "query", required: true, schema: { type: "string", enum: ["md", "html", "csv", "json", "pdf", "jsonld", "w3c"] } }],
        responses: { "200": { description: "The report in the format asked for" }, ...errors(400, 401, 403, 404) },
      },
    },
    "/api/reports": {
      get: {
        summary: "Corrections across articles published in a date range (inclusive, UTC days)",
        parameters: [
          { name: "format", in: "query", required: true, schema: { type: "string", enum: ["md", "html", "csv", "json", "pdf", "jsonld", "w3c"] } },
          { name: "from", in: "query", required: true, schema: { type: "string", format: "date" } },
          { name: "to", in: "query", required: true, schema: { type: "string", format: "date" } },
        ],
        responses: { "200": { description: "The report in the format asked for" }, ...errors(400, 401, 403) },
      },
    },
    "/api/claims": {
      get: {
        summary: "The claims table across articles (reviewers: their own claims), filtered, searched, sorted and paged",
        parameters: [{ name: "article", in: "query", required: false, schema: { type: "string" }, description: "an article's slug" }, { name: "state", in: "query", required: false, schema: { type: "string" }, description: "UNREVIEWED, IN_REVIEW, AWAITING_SIGNOFF, SIGNED_OFF or OPEN (not signed off)" }, { name: "verdict", in: "query", required: false, schema: { type: "string" }, description: "a verdict, or NONE" }, { name: "kind", in: "query", required: false, schema: { type: "string" }, description: "a claim kind" }, { name: "assignee", in: "query", required: false, schema: { type: "string" }, description: "an email, or none" }, { name: "flags", in: "query", required: false, schema: { type: "string" }, description: "open, high or none" }, { name: "anchor", in: "query", required: false, schema: { type: "string" }, description: "ANCHORED, TEXT_CHANGED, ORPHANED or CHANGED" }, { name: "q", in: "query", required: false, schema: { type: "string" }, description: "text search over the claim's wording" }, { name: "sort", in: "query", required: false, schema: { type: "string" }, description: "updated, article, quote, score or assignee" }, { name: "order", in: "query", required: false, schema: { type: "string" }, description: "asc or desc" }, { name: "page", in: "query", required: false, schema: { type: "string" }, description: "1-based page" }, { name: "pageSize", in: "query", required: false, schema: { type: "string" }, description: "at most 100" }],
        responses: { "200": json({ type: "object", properties: { claims: { type: "array", items: { $ref: "#/components/schemas/Claim" } }, total: { type: "integer" }, page: { type: "integer" }, pageSize: { type: "integer" } } }), ...errors(401, 422) },
      },
    },
    "/api/claims/bulk": {
      post: {
        summary: "Assign or change the state of many claims; each claim is checked against its rules and version, with a result per claim",
        requestBody: body({
          type: "object",
          required: ["action", "claims"],
          properties: {
            action: { type: "string", enum: ["assign", "state"] },
            claims: { type: "array", items: { type: "object", required: ["id", "version"], properties: { id: { type: "string" }, version: { type: "integer" } } } },
            assigneeEmail: { type: "string", nullable: true },
            state: { type: "string" },
            reason: { type: "string" },
          },
        }),
        responses: { "200": json({ type: "object", properties: { results: { type: "array", items: { type: "object", properties: { id: { type: "string" }, ok: { type: "boolean" }, status: { type: "integer" }, message: { type: "string" } } } } } }), ...errors(400, 401, 403, 413, 422) },
      },
    },
    "/api/dashboard": {
      get: { summary: "The dashboard's figures (editors: every article; reviewers: their own slice)", responses: { "200": json({ type: "object" }), ...errors(401) } },
    },
    "/api/claims/{id}": {
      get: { summary: "A claim with citations, flags, comments and events", parameters: [id], responses: { "200": json({ $ref: "#/components/schemas/Claim" }), ...errors(401, 404) } },
      patch: {
        summary: "Change a claim's state, verdict, rationale, correction or assignee; 409 when version is stale",
        parameters: [id],
        requestBody: body({
          type: "object",
          required: ["version"],
          properties: {
            version: { type: "integer" },
            state: { type: "string" },
            verdict: { type: "string", nullable: true },
            rationale: { type: "string" },
            correction: { type: "string" },
            notice: {
              type: "string",
              nullable: true,
              description: "Editors and admins, before sign-off: this claim's line in the correction notice in their own words; null or empty returns to the generated wording.",
            },
            assigneeEmail: { type: "string", nullable: true },
            reason: { type: "string" },
            overrideOpenFlags: {
              type: "string",
              description: "Editors and admins: why the claim is signed off while a HIGH flag is open (kept in the history). Without it, SIGNED_OFF with an open HIGH flag answers 422 with fields.state naming the flags.",
            },
          },
        }),
        responses: { "200": json({ $ref: "#/components/schemas/Claim" }), ...errors(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    "/api/claims/{id}/citations": {
      post: {
        summary: "Attach a source with the passage that bears on the claim, typed in or as a slice of a snapshot",
        parameters: [id],
        requestBody: body({
          oneOf: [
            {
              type: "object",
              required: ["url", "title", "passage", "stance"],
              properties: { url: { type: "string" }, title: { type: "string" }, publisher: { type: "string" }, passage: { type: "string" }, stance: { type: "string", enum: ["SUPPORTS", "CONTRADICTS", "CONTEXT"] } },
            },
            {
              type: "object",
              required: ["snapshotId", "start", "end", "stance"],
              properties: { snapshotId: { type: "string" }, start: { type: "integer" }, end: { type: "integer" }, stance: { type: "string", enum: ["SUPPORTS", "CONTRADICTS", "CONTEXT"] } },
            },
          ],
        }),
        responses: { "201": json({ type: "object", properties: { citation: { type: "object" }, flags: { type: "array", items: { type: "object" } } } }, "Created"), ...errors(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    "/api/claims/{id}/comments": {
      post: {
        summary: "Comment on a claim",
        parameters: [id],
        requestBody: body({ type: "object", required: ["body"], properties: { body: { type: "string" } } }),
        responses: { "201": json({ type: "object" }, "Created"), ...errors(400, 401, 404, 413, 422) },
      },
    },
    "/api/claims/{id}/matches": {
      get: {
        summary: "Claims on other articles that state the same thing (SAME) or the same subject with another value or date (CONFLICTING), best first",
        parameters: [id],
        responses: {
          "200": json({ type: "object", properties: { matches: { type: "array", items: { type: "object", properties: {
            claimId: { type: "string" }, articleSlug: { type: "string" }, quote: { type: "string" }, state: { type: "string" }, verdict: { type: "string", nullable: true },
            score: { type: "number" }, relation: { type: "string", enum: ["SAME", "CONFLICTING"] }, status: { type: "string", enum: ["SUGGESTED", "CONFIRMED"] } } } } } }),
          ...errors(401, 404),
        },
      },
      post: {
        summary: "Confirm ({claimId, relation}) or reject ({claimId, relation: NONE}) a match; {reuseEvidence: true} copies the matched claim's citations and runs the checks",
        parameters: [id],
        requestBody: body({ type: "object", required: ["claimId"], properties: { claimId: { type: "string" }, relation: { type: "string", enum: ["SAME", "CONFLICTING", "NONE"] }, reuseEvidence: { type: "boolean" } } }),
        responses: { "200": json({ type: "object" }), ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    "/api/search": {
      get: {
        summary: "Full-text search over claims, articles, sources and comments, best first",
        parameters: [
          { name: "q", in: "query", required: true, schema: { type: "string", maxLength: 200 } },
          { name: "type", in: "query", required: false, schema: { type: "string", enum: ["claim", "article", "source", "comment"] } },
          { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: {
          "200": json({ type: "object", properties: { total: { type: "integer" }, results: { type: "array", items: { type: "object", properties: {
            type: { type: "string" }, id: { type: "string" }, title: { type: "string" }, snippet: { type: "string" },
            highlights: { type: "array", items: { type: "array", items: { type: "integer" } } }, url: { type: "string" }, score: { type: "number" } } } } } }),
          ...errors(401, 422),
        },
      },
    },
    "/api/settings/organization": {
      get: {
        summary: "The fact-checking organization that signs reports and authors every ClaimReview (admins)",
        responses: { "200": json(organizationSettings), ...errors(401, 403) },
      },
      put: {
        summary: "Set the organization (admins); `version` is the one last read (null before any save), 409 when someone saved in between",
        requestBody: { required: true, content: { "application/json": { schema: {
          type: "object", required: ["name", "version"],
          properties: { name: { type: "string", minLength: 1, maxLength: 200 }, url: { type: "string", nullable: true, description: "http or https" }, version: { type: "string", nullable: true } } } } } },
        responses: { "200": json(organizationSettings), ...errors(400, 401, 403, 409, 422) },
      },
    },
  },
} as const;
