import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { articleMarkup, articleTextHtml, withActiveClaim } from "@/app/ui/article-html";
import { packHighlights, unpackHighlights, viewHighlights, type HighlightClaim } from "@/app/ui/highlights";

const BODY = 'Aid rose to $200 billion in 2023.\n\nThe minister said "<script>alert(1)</script> & more" on Tuesday.';
const claim = (id: string, text: string, extra: Partial<HighlightClaim> = {}): HighlightClaim => {
  const start = BODY.indexOf(text);
  return { id, start, end: start + text.length, kind: "MONEY", state: "UNREVIEWED", verdict: null, ...extra };
};
const CLAIMS = [claim("c1", "$200 billion"), claim("c2", '"<script>alert(1)</script> & more"', { kind: "QUOTE", verdict: "INACCURATE", openFlags: 1, openHighFlags: 1 })];

const render = (html: string) => parseHTML(`<!doctype html><html><body><div id="text">${html}</div></body></html>`).document.getElementById("text")!;

describe("the article text as markup", () => {
  it("keeps the newsroom's text as text: markup in it is escaped, never parsed", () => {
    const text = render(articleTextHtml(BODY, CLAIMS));
    expect(text.querySelectorAll("script")).toHaveLength(0);
    const shown = [...text.querySelectorAll("[data-start]")].map((span) => span.textContent).join("");
    expect(shown).toBe(BODY.replace("\n\n", ""));
    expect(shown).toContain('"<script>alert(1)</script> & more"');
  });

  it("gives every piece its offset in the body, so a selection turns back into exact offsets", () => {
    const text = render(articleTextHtml(BODY, CLAIMS));
    for (const span of text.querySelectorAll("[data-start]")) {
      const start = Number(span.getAttribute("data-start"));
      expect(BODY.slice(start, start + span.textContent!.length)).toBe(span.textContent);
    }
    expect(text.querySelectorAll("p")).toHaveLength(2);
  });

  it("links each claim to its page with its review in words, and marks verdicts and open flags", () => {
    const text = render(articleTextHtml(BODY, CLAIMS));
    const links = [...text.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/claims/c1", "/claims/c2"]);
    expect(links[0].textContent).toMatch(/^\$200 billion \(.+\)$/);
    expect(links[1].getAttribute("class")).toContain("mark-inaccurate");
    expect(links[1].getAttribute("class")).toContain("hl-flagged");
    expect(links[1].querySelector(".visually-hidden")!.textContent).toMatch(/inaccurate/i);
  });

  it("marks the claim open beside the text, and only that one", () => {
    const html = articleTextHtml(BODY, CLAIMS);
    const text = render(withActiveClaim(html, "c2"));
    expect(text.querySelectorAll("[data-active]").length).toBeGreaterThan(0);
    expect([...text.querySelectorAll("[data-active]")].every((el) => el.getAttribute("data-claim") === "c2")).toBe(true);
    expect(text.querySelector('a[aria-current="true"]')!.getAttribute("href")).toBe("/claims/c2");
    expect(withActiveClaim(html, undefined)).toBe(html);
  });

  it("is made again when a claim's review or the open flags change, and reused while nothing did", () => {
    const claims = [claim("c1", "$200 billion")];
    const noFlags = new Map<string, { open: number; high: number }>();
    const highlights = viewHighlights(claims, noFlags);
    expect(viewHighlights(claims, new Map())).toBe(highlights);
    const first = articleMarkup("a@1", BODY, highlights);
    expect(articleMarkup("a@1", BODY, viewHighlights(claims, new Map()))).toBe(first);
    const flagged = articleMarkup("a@1", BODY, viewHighlights(claims, new Map([["c1", { open: 1, high: 1 }]])));
    expect(flagged).not.toBe(first);
    expect(flagged).toContain("hl-flagged");
    // A changed review comes as a new article view, that is a new claim list.
    expect(articleMarkup("a@1", BODY, viewHighlights([claim("c1", "$200 billion", { verdict: "ACCURATE" })], noFlags))).toContain("mark-accurate");
  });

  it("is the same markup whether made from the claims or from the tuples a page sends", () => {
    expect(unpackHighlights(packHighlights(CLAIMS))).toEqual(CLAIMS);
    expect(articleMarkup("b@1", BODY, packHighlights(CLAIMS))).toBe(articleTextHtml(BODY, CLAIMS));
  });

  it("is keyed by the revision too: another text with the same highlights is laid out afresh", () => {
    const highlights = packHighlights([claim("c1", "$200 billion")]);
    const revised = BODY.replace("Aid rose", "Aid grew");
    expect(articleMarkup("c@1", BODY, highlights)).toContain("Aid rose");
    expect(articleMarkup("c@2", revised, highlights)).toContain("Aid grew");
  });
});
