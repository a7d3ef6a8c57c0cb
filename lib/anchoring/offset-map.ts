import { diffChars } from "diff";

/** One stretch of the edit from the old body to the new: kept, removed or added (lengths in UTF-16 units). */
interface Part {
  type: "same" | "removed" | "added";
  length: number;
}

/**
 * Maps offsets of an old body into a new one through a character diff. The common head and tail
 * are stripped first, so a small correction in a long article diffs only the changed middle.
 */
export class OffsetMap {
  private constructor(private readonly parts: Part[]) {}

  static between(oldBody: string, newBody: string, maxEditLength = 5000): OffsetMap | null {
    let head = 0;
    const limit = Math.min(oldBody.length, newBody.length);
    while (head < limit && oldBody.charCodeAt(head) === newBody.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < limit - head && oldBody.charCodeAt(oldBody.length - 1 - tail) === newBody.charCodeAt(newBody.length - 1 - tail)) tail++;
    const oldMiddle = oldBody.slice(head, oldBody.length - tail);
    const newMiddle = newBody.slice(head, newBody.length - tail);
    const changes = oldMiddle || newMiddle ? diffChars(oldMiddle, newMiddle, { maxEditLength }) : [];
    // Past maxEditLength the texts are too different for positions to mean anything.
    if (!changes) return null;
    const parts: Part[] = [{ type: "same", length: head }];
    for (const change of changes) parts.push({ type: change.added ? "added" : change.removed ? "removed" : "same", length: change.value.length });
    parts.push({ type: "same", length: tail });
    return new OffsetMap(parts.filter((p) => p.length > 0));
  }

  /** Where an old start offset lands: text inserted exactly at it stays outside the span. */
  mapStart(offset: number): number {
    let oldPos = 0;
    let newPos = 0;
    for (const part of this.parts) {
      if (part.type === "added") {
        newPos += part.length;
        continue;
      }
      if (offset < oldPos + part.length) return part.type === "same" ? newPos + (offset - oldPos) : newPos;
      oldPos += part.length;
      if (part.type === "same") newPos += part.length;
    }
    return newPos;
  }

  /** Where an old end offset lands: a replacement of the span's last characters stays inside it. */
  mapEnd(offset: number): number {
    let oldPos = 0;
    let newPos = 0;
    let inRemoved = false;
    for (const part of this.parts) {
      if (part.type === "added") {
        if (oldPos >= offset && !inRemoved) return newPos;
        newPos += part.length;
        if (inRemoved) return newPos;
        continue;
      }
      if (offset <= oldPos + part.length && part.type === "same") return newPos + (offset - oldPos);
      if (part.type === "removed" && offset <= oldPos + part.length && offset > oldPos) inRemoved = true;
      oldPos += part.length;
      if (part.type === "same") newPos += part.length;
      else if (inRemoved && offset <= oldPos) {
        // An added part right after this removal is the replacement; the loop takes it next.
        continue;
      }
    }
    return newPos;
  }

  /** True when any character of [start, end) was removed, or text was inserted strictly inside it. */
  touches(start: number, end: number): boolean {
    let oldPos = 0;
    for (const part of this.parts) {
      if (part.type === "added") {
        if (oldPos > start && oldPos < end) return true;
        continue;
      }
      if (part.type === "removed" && oldPos < end && oldPos + part.length > start) return true;
      oldPos += part.length;
      if (oldPos >= end) return false;
    }
    return false;
  }
}
