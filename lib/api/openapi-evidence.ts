// OpenAPI entries of the evidence desk (API.md, "Sources with documents (snapshots) and the evidence finder"),
// spread into openapi.ts's paths.
const errorRef = { $ref: "#/components/schemas/Error" };
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: "Error", content: { "application/json": { schema: errorRef } } }]));
const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });
const id = { name: "id", in: "path", required: true, schema: { type: "string" } };
const slug = { name: "slug", in: "path", required: true, schema: { type: "string" } };
const str = { type: "string" };

const snapshot = {
  type: "object",
  required: ["id", "sha256", "contentType", "retrievedAt", "chars"],
  properties: { id: str, sha256: str, contentType: str, retrievedAt: { type: "string", format: "date-time" }, chars: { type: "integer" }, finalUrl: str, httpStatus: { type: "integer" } },
};
const source = { type: "object", properties: { id: str, url: str, title: str, publisher: { type: "string", nullable: true } } };
const passage = {
  type: "object",
  properties: {
    snapshotId: str,
    sourceId: str,
    start: { type: "integer" },
    end: { type: "integer" },
    quote: str,
    prefix: str,
    suffix: str,
    score: { type: "number" },
    values: { type: "array", items: { $ref: "#/components/schemas/Value" } },
    match: { type: "string", enum: ["SAME", "NEAR_MISS", "RELATED"] },
    suggestedStance: { type: "string", nullable: true, enum: ["SUPPORTS", "CONTRADICTS"] },
    reason: str,
  },
};
const jobAnswer = json({ type: "object", properties: { job: { $ref: "#/components/schemas/Job" } } }, "Accepted: the checks run as a job");

export const evidencePaths = {
  "/api/sources": {
    post: {
      summary: "Keep a source's document as a snapshot: fetch a URL, keep pasted text, or keep an upload (PDF, HTML, DOCX, TXT, MD; up to 20 MB)",
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              oneOf: [
                { type: "object", required: ["url", "fetch"], properties: { url: str, fetch: { type: "boolean", enum: [true] }, title: str, publisher: str } },
                { type: "object", required: ["title", "text"], properties: { title: str, text: str, url: str, publisher: str } },
              ],
            },
          },
          "multipart/form-data": {
            schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" }, url: str, title: str, publisher: str } },
          },
        },
      },
      responses: { "201": json({ type: "object", properties: { source, snapshot } }, "Created"), ...errors(400, 401, 403, 413, 422) },
    },
  },
  "/api/sources/known": {
    get: {
      summary: "The sources the desk used most recently (fifty), for the citation form's suggestions",
      responses: { "200": json({ type: "object", properties: { sources: { type: "array", items: { type: "object", properties: { url: str, title: str, publisher: str, kind: str } } } } }), ...errors(401) },
    },
  },
  "/api/snapshots/{id}": {
    get: { summary: "A snapshot with its readable text (what passages index into)", parameters: [id], responses: { "200": json({ type: "object", properties: { snapshot: { ...snapshot, properties: { ...snapshot.properties, text: str, source } } } }), ...errors(401, 404) } },
  },
  "/api/snapshots/{id}/original": {
    get: {
      summary: "The original bytes as a download (Content-Disposition: attachment; never rendered inline)",
      parameters: [id],
      responses: { "200": { description: "The original document", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } }, ...errors(401, 404) },
    },
  },
  "/api/claims/{id}/evidence": {
    get: {
      summary: "Passages that bear on the claim, best first, from one snapshot or every snapshot on the desk",
      parameters: [id, { name: "snapshot", in: "query", required: false, schema: str }],
      responses: { "200": json({ type: "object", properties: { passages: { type: "array", items: passage } } }), ...errors(401, 404, 422) },
    },
  },
  "/api/sources/{id}/check": {
    post: {
      summary: "Fetch the source's URL again and compare it with its newest snapshot",
      parameters: [id],
      responses: {
        "200": json({
          type: "object",
          properties: {
            check: {
              type: "object",
              properties: {
                status: { type: "string", enum: ["UNCHANGED", "CHANGED", "PASSAGES_MISSING", "UNREACHABLE"] },
                httpStatus: { type: "integer", nullable: true },
                checkedAt: { type: "string", format: "date-time" },
                missingCitationIds: { type: "array", items: str },
              },
            },
          },
        }),
        ...errors(401, 403, 404, 422),
      },
    },
  },
  "/api/sources/check": { post: { summary: "Check every source on the desk again, as a job (editors and admins)", responses: { "202": jobAnswer, ...errors(401, 403) } } },
  "/api/articles/{slug}/check-sources": { post: { summary: "Check the sources an article's claims cite, as a job", parameters: [slug], responses: { "202": jobAnswer, ...errors(401, 403, 404) } } },
} as const;
