import { describe, expect, it } from "vitest";
import { extractMarkdown } from "@/lib/import/extract-markdown";

describe("extractMarkdown", () => {
  const SOURCE = [
    "# Flood aid *falls* short",
    "",
    "The ministry said it had spent **$450 million** on [relief](https://example.org/relief \"Relief\") since",
    "March 2023 &mdash; against pledges of `£1.2 billion`.",
    "",
    "> “We have done what we promised,” the minister said.",
    "",
    "![A flooded road](flood.jpg)",
    "",
    "- Housing: 33%",
    "- Roads: _20%_",
    "",
    "<script>alert('SCRIPT-TEXT')</script>",
    "",
    "## What comes next",
    "",
    "Auditors ~~will~~ may report in 2025.",
    "",
  ].join("\n");
  const { title, body } = extractMarkdown(SOURCE);

  it("names the piece by its first heading", () => {
    expect(title).toBe("Flood aid falls short");
    expect(extractMarkdown("Intro line.\n\nHeadline\n========\n").title).toBe("Headline");
    expect(extractMarkdown("No heading at all.").title).toBeNull();
  });

  it("keeps the words and drops the markup, paragraphs separated by blank lines", () => {
    expect(body).toBe(
      [
        "Flood aid falls short",
        "The ministry said it had spent $450 million on relief since March 2023 — against pledges of £1.2 billion.",
        "“We have done what we promised,” the minister said.",
        "Housing: 33%",
        "Roads: 20%",
        "What comes next",
        "Auditors will may report in 2025.",
      ].join("\n\n"),
    );
  });

  it("leaves out link addresses, images and raw scripts", () => {
    for (const markup of ["https://example.org", "flood.jpg", "A flooded road", "SCRIPT-TEXT", "**", "](", "#"]) expect(body).not.toContain(markup);
  });
});
