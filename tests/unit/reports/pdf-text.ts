import path from "node:path";

/** The text of every page of a PDF, extracted with Mozilla's pdf.js, whitespace folded to single spaces. */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const standardFontDataUrl = `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, verbosity: 0 }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
    text += "\n";
  }
  await pdf.destroy();
  return { text: text.replace(/\s+/g, " "), pages: pdf.numPages };
}

/** How a text reads in the extracted PDF text: whitespace folded the same way. */
export const folded = (text: string) => text.replace(/\s+/g, " ").trim();

/** Each page's text separately (whitespace folded), and the names of the fonts the pages use. */
export async function pdfPages(bytes: Uint8Array): Promise<{ pages: string[]; fonts: Set<string> }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const standardFontDataUrl = `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, verbosity: 0 }).promise;
  const pages: string[] = [];
  const fonts = new Set<string>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(folded(content.items.map((item) => ("str" in item ? item.str : "")).join(" ")));
    for (const style of Object.values(content.styles)) fonts.add(style.fontFamily);
  }
  await pdf.destroy();
  return { pages, fonts };
}
