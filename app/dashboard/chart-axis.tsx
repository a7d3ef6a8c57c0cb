/**
 * A chart axis as the few SVG elements it needs: one line, and a tick mark and label per tick.
 * visx's Axis wraps every tick in groups, nested SVGs and default props, which the page carries
 * twice (HTML and React payload): several kilobytes per axis on a page rendered on every visit.
 */
const COLOR = "#545d6e";

interface AxisProps {
  /** Where each tick sits along the axis, in pixels, with its label. */
  ticks: { at: number; label: string }[];
  /** The axis length in pixels. */
  length: number;
  /** Bottom axes sit under the plot at `offset`; left axes at x = 0. */
  orientation: "bottom" | "left";
  offset?: number;
  label?: string;
}

export function ChartAxis({ ticks, length, orientation, offset = 0, label }: AxisProps) {
  if (orientation === "bottom") {
    return (
      <g transform={`translate(0,${offset})`} fontSize={10} fill="#222" textAnchor="middle">
        <line x2={length} stroke={COLOR} />
        {ticks.map((t) => (
          <g key={t.label} transform={`translate(${t.at},0)`}>
            <line y2={6} stroke={COLOR} />
            <text y={18}>{t.label}</text>
          </g>
        ))}
        {label && (
          <text x={length / 2} y={36} fontSize={11}>
            {label}
          </text>
        )}
      </g>
    );
  }
  return (
    <g fontSize={10} fill="#222" textAnchor="end">
      <line y2={length} stroke={COLOR} />
      {ticks.map((t) => (
        <g key={t.label} transform={`translate(0,${t.at})`}>
          <line x2={-6} stroke={COLOR} />
          <text x={-9} dy="0.32em">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
