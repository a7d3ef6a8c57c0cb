/** Text with some ranges marked, built as elements from offsets: untrusted text is never parsed as HTML. */
export function HighlightedText({ text, highlights }: { text: string; highlights: Array<[number, number]> }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  highlights.forEach(([start, end], i) => {
    if (start < at || end > text.length) return;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}
