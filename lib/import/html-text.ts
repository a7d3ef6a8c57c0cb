// The readable text of a DOM subtree, one paragraph per block element, paragraphs separated by a blank line.
// Shared by the HTML and Markdown importers (Markdown is rendered to HTML first), so both lay text out alike.
// This is where extraction normalizes: whitespace inside a paragraph collapses as a browser would show it. The
// string it returns is stored as the article's body exactly, and claim offsets index into it.

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "MATH",
  "NAV", "ASIDE", "FORM", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "LABEL", "HEAD", "TITLE", "META", "LINK",
  "IMG", "PICTURE", "VIDEO", "AUDIO", "MAP",
]);

/** Elements that start and end a paragraph. Table rows are paragraphs; their cells are separated by a tab. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "BLOCKQUOTE", "BODY", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR",
  "HTML", "LI", "MAIN", "OL", "P", "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT", "THEAD", "TR", "UL",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** ASCII whitespace only: a no-break space is written on purpose ("$450 million") and is kept. */
const HTML_SPACE = /[ \t\n\r\f]+/g;

function isHidden(el: Element): boolean {
  return el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true" || /display\s*:\s*none/i.test(el.getAttribute("style") ?? "");
}

/** One paragraph's lines: spaces collapsed, cell separators kept as single tabs, blank lines dropped. */
function tidy(raw: string): string {
  return raw
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").replace(/ *\t[ \t]*/g, "\t").replace(/^[ \t]+|[ \t]+$/g, ""))
    .filter((line) => line !== "")
    .join("\n");
}

export function blocksOf(root: Node): string[] {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const text = tidy(current);
    if (text) blocks.push(text);
    current = "";
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += (child.nodeValue ?? "").replace(HTML_SPACE, " ");
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED.has(tag) || isHidden(el)) continue;
      if (tag === "BR") current += "\n";
      else if (tag === "PRE") {
        // Preformatted text keeps its own line breaks and spacing.
        flush();
        const text = (el.textContent ?? "").replace(/\r\n?/g, "\n").replace(/^\n+|\s+$/g, "");
        if (text.trim()) blocks.push(text);
      } else if (tag === "TD" || tag === "TH") {
        if (current.trim()) current += "\t";
        walk(el);
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(el);
        flush();
      } else walk(el); // inline: b, i, a, span, q, sup...
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** The subtree's text as paragraphs separated by blank lines ("" when it holds no readable text). */
export function textOf(root: Node): string {
  return blocksOf(root).join("\n\n");
}

/** An element's text on one line, for titles and headings. */
export function inlineTextOf(el: Element | null | undefined): string {
  return (el?.textContent ?? "").replace(HTML_SPACE, " ").trim();
}
