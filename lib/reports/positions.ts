import { paragraphRanges } from "@/lib/anchoring/layout";

/**
 * Converts JavaScript (UTF-16) string indices to Unicode code point counts, as the W3C TextPositionSelector
 * requires. One pass over the text for any number of indices, so a long article with many claims stays linear.
 */
export function codePointOffsets(text: string, indices: readonly number[]): Map<number, number> {
  const wanted = [...new Set(indices)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let unit = 0;
  let points = 0;
  for (const index of wanted) {
    const target = Math.max(0, Math.min(index, text.length));
    while (unit < target) {
      const code = text.charCodeAt(unit);
      // A high surrogate followed by a low one is a single code point spanning two UTF-16 units.
      const pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
      unit += pair ? 2 : 1;
      points += 1;
    }
    result.set(index, points);
  }
  return result;
}

/**
 * paragraphNumberAt for many offsets: the paragraph ranges are found once and each offset is placed by binary
 * search (paragraphNumberAt scans the whole body per call, too slow for tens of thousands of claims).
 */
export function paragraphLocator(body: string): (offset: number) => number {
  const ranges = paragraphRanges(body);
  return (offset) => {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (offset < ranges[mid].start) high = mid - 1;
      else if (offset >= ranges[mid].end) low = mid + 1;
      else return mid + 1;
    }
    return 0;
  };
}
