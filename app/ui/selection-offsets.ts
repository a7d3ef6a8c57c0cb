/** Offsets of the current selection inside the article text, read from the data-start of the spans around it. */
export function selectionOffsets(): { text: string; start: number; end: number; rect: DOMRect } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number) => {
    const holder = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>("[data-start]");
    if (!holder || !holder.closest(".article-text")) return null;
    return Number(holder.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { text: selection.toString(), start, end, rect: range.getBoundingClientRect() };
}
