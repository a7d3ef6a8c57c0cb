// Snapshot texts held by an app instance for quoting evidence passages, bounded by bytes: the least recently used
// texts are dropped first, and a text over the whole budget is used for its query but never kept. A string's size
// is counted as two bytes a character (what V8 spends on any text with a character past Latin-1; plain Latin-1
// text costs half), so the bound holds whatever the text.

export const bytesOfText = (text: string) => text.length * 2;

export class TextCache {
  private readonly texts = new Map<string, string>();
  private held = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.texts.size;
  }

  get(id: string): string | undefined {
    const text = this.texts.get(id);
    if (text !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.texts.delete(id);
      this.texts.set(id, text);
    }
    return text;
  }

  set(id: string, text: string): void {
    this.delete(id);
    const size = bytesOfText(text);
    if (size > this.maxBytes) return;
    this.texts.set(id, text);
    this.held += size;
    for (const [oldest, old] of this.texts) {
      if (this.held <= this.maxBytes) break;
      this.texts.delete(oldest);
      this.held -= bytesOfText(old);
    }
  }

  delete(id: string): void {
    const text = this.texts.get(id);
    if (text === undefined) return;
    this.texts.delete(id);
    this.held -= bytesOfText(text);
  }
}
