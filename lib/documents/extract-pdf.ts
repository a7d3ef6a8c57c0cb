import { MAX_PDF_PAGES, refuseDocument } from "./limits";

// A PDF's text through pdfjs-dist (Mozilla's reader; the legacy build runs in Node without a browser). pdfjs
// hands back positioned runs of text; lines are rebuilt from their baselines and paragraphs from the gaps between
// lines, so a sentence wrapped over three lines reads as one paragraph and a new paragraph gets a blank line.
// Lines that repeat on most pages (running headers, "Page 3 of 40" footers) are dropped: they are furniture.

interface TextRun {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

function linesOf(runs: TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const run of runs) {
    const y = run.transform[5];
    const size = run.height || Math.abs(run.transform[3]) || 10;
    // A run on another baseline starts a new line even without an end-of-line mark.
    if (current && run.str && Math.abs(current.y - y) > size * 0.5) {
      lines.push(current);
      current = null;
    }
    if (run.str) {
      if (!current) current = { text: "", y, size };
      // pdfjs emits the spaces between words as runs of their own, so runs are simply concatenated.
      current.text += run.str;
      current.size = Math.max(current.size, size);
    }
    if (run.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() })).filter((line) => line.text);
}

function paragraphsOf(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  let text = "";
  let previous: Line | null = null;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    const sizeChanged = previous && Math.abs(previous.size - line.size) > 1;
    // Wrapped lines sit ~1.2 line heights apart; a paragraph break leaves visibly more, and a heading changes size.
    const breaks = previous && (sizeChanged || gap > line.size * 1.6 || gap < 0);
    if (breaks && text) {
      paragraphs.push(text);
      text = "";
    }
    // A line that ends in a hyphen broke a hyphenated word ("Tehrik-i-" + "Taliban", "long-" + "term"): joined
    // without a space, hyphen kept. Typeset soft hyphens ("recon-" + "struction") are rarer in reports than
    // compounds, and dropping a real hyphen would change the quoted words.
    if (text && /\p{L}-$/u.test(text)) text += line.text;
    else text = text ? `${text} ${line.text}` : line.text;
    previous = line;
  }
  if (text) paragraphs.push(text);
  return paragraphs;
}

/** How many lines at the top and at the bottom of a page may be running heads or feet. */
const EDGE_LINES = 2;

const furnitureKey = (line: Line) => line.text.replace(/\d+/g, "#");

/** A page's first and last lines: the only places a running head or foot is looked for. */
function edgesOf(lines: Line[]): Line[] {
  return lines.length <= EDGE_LINES * 2 ? lines : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/**
 * Running heads and feet: lines at a page's edge seen on at least half of the pages (and on three or more),
 * numbers ignored ("Page 3 of 40"). Only the edges count: a data table's rows repeat on every page too, with
 * other numbers, and are text.
 */
function furnitureOf(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edgesOf(lines).map(furnitureKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const furniture = new Set<string>();
  for (const [key, count] of counts) if (count >= 3 && count >= pages.length / 2) furniture.add(key);
  return furniture;
}

function withoutFurniture(lines: Line[], furniture: Set<string>): Line[] {
  const edges = new Set(edgesOf(lines));
  return lines.filter((line) => !(edges.has(line) && furniture.has(furnitureKey(line))));
}

export interface ExtractedPdf {
  text: string;
  title: string | null;
  pages: number;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let reader: Promise<PdfJs> | null = null;

/**
 * Loads pdfjs and its worker code once per process. Parsing the two modules (~2 MB of JavaScript) costs 1-3 s on
 * this machine, more than reading a 40-page report once loaded: a server calls this at start (or a worker thread
 * when it starts), so no upload pays it. With the worker module loaded here, pdfjs's "fake worker" in Node uses
 * it (globalThis.pdfjsWorker) instead of importing it again.
 */
export function preloadPdfReader(): Promise<PdfJs> {
  reader ??= (async () => {
    // The minified builds: the same code in half the bytes, parsed in about half the time.
    const [pdfjs, worker] = await Promise.all([import("pdfjs-dist/legacy/build/pdf.min.mjs") as Promise<PdfJs>, import("pdfjs-dist/legacy/build/pdf.worker.min.mjs")]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return pdfjs;
  })();
  return reader;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  const pdfjs = await preloadPdfReader();
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy so the caller's bytes survive.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") throw refuseDocument("The PDF is password-protected; upload an unprotected copy.");
    throw refuseDocument("The PDF is damaged and cannot be read.");
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw refuseDocument(`The PDF has over ${MAX_PDF_PAGES} pages.`);
    const pages: Line[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((item) => "str" in item) as unknown as TextRun[]));
      page.cleanup();
    }
    const furniture = pages.length >= 3 ? furnitureOf(pages) : new Set<string>();
    const paragraphs = pages.flatMap((lines) => paragraphsOf(withoutFurniture(lines, furniture)));
    const meta = await pdf.getMetadata().catch(() => null);
    const title = ((meta?.info as { Title?: string } | undefined)?.Title ?? "").trim() || null;
    return { text: paragraphs.join("\n\n"), title, pages: pdf.numPages };
  } catch (error) {
    if ((error as { code?: string }).code === "INVALID") throw error;
    throw refuseDocument("The PDF is damaged and cannot be read.");
  } finally {
    await pdf.destroy();
  }
}
