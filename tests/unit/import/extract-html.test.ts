import { describe, expect, it } from "vitest";
import { extractHtml } from "@/lib/import/extract-html";

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Flood aid falls short of pledges | The Harbour Ledger</title>
  <style>p { color: red } .lede::before { content: "STYLE-TEXT" }</style>
  <script>window.tracker = "SCRIPT-TEXT";</script>
</head>
<body>
  <nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/NAV-TEXT">NAV-TEXT</a></nav>
  <header class="masthead"><a href="/">The Harbour Ledger</a></header>
  <main>
    <article>
      <h1>Flood aid falls short of pledges</h1>
      <p class="lede">The ministry said it had spent $450&nbsp;million on relief since
         March&nbsp;2023, against   pledges of &pound;1.2&#160;billion.</p>
      <p>&ldquo;We have done what we promised,&rdquo; the minister, Ana Ruiz, told reporters on
         <time datetime="2024-05-02">2 May 2024</time>. Aid groups &amp; auditors disagree.</p>
      <aside class="related"><h2>Related</h2><p>ASIDE-TEXT: more stories you may like</p></aside>
      <script>document.write("INLINE-SCRIPT-TEXT")</script>
      <p>Roughly one-third of the money<br>went to housing.</p>
      <ul><li>Housing: 33%</li><li>Roads: 20%</li></ul>
      <p hidden>HIDDEN-TEXT</p>
    </article>
  </main>
  <footer>FOOTER-TEXT © 2024</footer>
</body>
</html>`;

describe("extractHtml", () => {
  const { title, body } = extractHtml(PAGE);

  it("takes the title without the site's name", () => {
    expect(title).toBe("Flood aid falls short of pledges");
  });

  it("keeps the headline and paragraphs, separated by blank lines", () => {
    const paragraphs = body.split("\n\n");
    expect(paragraphs[0]).toBe("Flood aid falls short of pledges");
    expect(paragraphs[1]).toBe("The ministry said it had spent $450\u00a0million on relief since March\u00a02023, against pledges of £1.2\u00a0billion.");
    expect(paragraphs[2]).toBe("“We have done what we promised,” the minister, Ana Ruiz, told reporters on 2 May 2024. Aid groups & auditors disagree.");
    expect(paragraphs[3]).toBe("Roughly one-third of the money\nwent to housing.");
    expect(paragraphs.slice(4)).toEqual(["Housing: 33%", "Roads: 20%"]);
  });

  it("removes scripts, styles, navigation, asides, footers and hidden text", () => {
    for (const chrome of ["SCRIPT-TEXT", "STYLE-TEXT", "NAV-TEXT", "ASIDE-TEXT", "FOOTER-TEXT", "HIDDEN-TEXT", "Home", "window.tracker", "color: red"]) {
      expect(body).not.toContain(chrome);
    }
  });

  it("decodes entities and leaves no markup", () => {
    expect(body).not.toMatch(/&[a-z#0-9]+;|<\/?[a-z]/i);
    expect(body).toContain("Aid groups & auditors");
  });

  it("reads a bare fragment, and falls back to the <h1> for a title", () => {
    expect(extractHtml("<h1>Port &amp; harbour</h1><p>Traffic rose 12% in 2023.</p>")).toEqual({
      title: "Port & harbour",
      body: "Port & harbour\n\nTraffic rose 12% in 2023.",
    });
    expect(extractHtml("<p>Only a paragraph.</p>")).toEqual({ title: null, body: "Only a paragraph." });
  });

  it("reads a page that leaves out <html> and <body>, as HTML allows", () => {
    expect(extractHtml("<!doctype html><title>Rents</title><h1>Rents rise</h1><p>Rents rose 8% in 2023.</p><script>x()</script>")).toEqual({
      title: "Rents rise",
      body: "Rents rise\n\nRents rose 8% in 2023.",
    });
    expect(extractHtml("<!DOCTYPE html>\n<head><title>Bus lanes</title></head><body><p>Journeys got 9% faster.</p></body>")).toEqual({
      title: "Bus lanes",
      body: "Bus lanes\n\nJourneys got 9% faster.",
    });
  });

  it("puts table rows on their own lines with cells separated by tabs", () => {
    const { body: table } = extractHtml("<p>Aid by year.</p><table><tr><th>Year</th><th>Aid</th></tr><tr><td>2022</td><td>$1 &lt; 2 billion</td></tr></table>");
    expect(table).toBe("Aid by year.\n\nYear\tAid\n\n2022\t$1 < 2 billion");
  });

  it("keeps preformatted text's own spacing", () => {
    expect(extractHtml("<p>Data:</p><pre>a   1\nb   2\n</pre>").body).toBe("Data:\n\na   1\nb   2");
  });

  it("returns an empty body for a page with no readable text", () => {
    expect(extractHtml("<html><head><title>Nothing</title><style>x{}</style></head><body><nav>Menu</nav><script>1</script></body></html>").body).toBe("");
  });
});

describe("extractHtml's title", () => {
  it("is the story's headline when <title> adds the site's name, not a logo in the page header", () => {
    const page = `<html><head><title>Ferry fares rise | The Harbour Ledger</title></head><body>
      <header><h1>The Harbour Ledger</h1></header>
      <article><header><h1>Ferry fares rise</h1></header><p>Fares will rise by 15% in 2025, the operator said.</p></article></body></html>`;
    expect(extractHtml(page)).toEqual({ title: "Ferry fares rise", body: "Ferry fares rise\n\nFares will rise by 15% in 2025, the operator said." });
  });

  it("is <title> when the page has no headline", () => {
    expect(extractHtml("<html><head><title>Budget  notes</title></head><body><p>The council approved $4 million.</p></body></html>").title).toBe("Budget notes");
  });
});
