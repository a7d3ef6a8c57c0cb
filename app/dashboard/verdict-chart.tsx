import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { BarStackHorizontal } from "@visx/shape";
import type { VerdictSeries } from "@/lib/dashboard/charts-data";
import { VERDICT_KEYS, type VerdictKey } from "@/lib/dashboard/figures";
import { VERDICT_LABEL } from "../ui/labels";
import { VERDICT_COLOR } from "./chart-colors";
import { ChartAxis } from "./chart-axis";
import { shorten } from "./query-href";
import styles from "./dashboard.module.css";

const WORDS: Record<string, string> = { ...VERDICT_LABEL, NONE: "No verdict yet" };
const WIDTH = 760;
const ROW = 24;
const MARGIN = { top: 8, right: 16, bottom: 46, left: 230 };

/** Pixel positions to a tenth: the page carries every coordinate twice (HTML and React payload), 17 digits add nothing. */
const px = (n: number) => Math.round(n * 10) / 10;

type Row = { slug: string; title: string } & Record<VerdictKey, number>;

/** Verdict distribution per article as stacked bars, drawn on the server as plain SVG (no script). */
export function VerdictChart({ series }: { series: VerdictSeries[] }) {
  const rows: Row[] = series.map((s) => ({ slug: s.slug, title: s.title, ...s.counts }));
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = Math.max(rows.length, 1) * ROW;
  const height = innerHeight + MARGIN.top + MARGIN.bottom;
  const maxTotal = Math.max(1, ...rows.map((r) => VERDICT_KEYS.reduce((sum, k) => sum + r[k], 0)));
  const xScale = scaleLinear<number>({ domain: [0, maxTotal], range: [0, innerWidth], nice: true });
  const yScale = scaleBand<string>({ domain: rows.map((r) => r.slug), range: [0, innerHeight], padding: 0.25 });
  const rated = rows.reduce((sum, r) => sum + VERDICT_KEYS.filter((k) => k !== "NONE").reduce((s, k) => s + r[k], 0), 0);
  const wrong = rows.reduce((sum, r) => sum + r.INACCURATE + r.MISLEADING, 0);
  return (
    <figure className={styles.chart}>
      <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="verdict-chart-title verdict-chart-desc">
        <title id="verdict-chart-title">Verdicts per article</title>
        <desc id="verdict-chart-desc">
          {`Stacked bars, one per article on this page (${rows.length}): ${rated} claims have a verdict, ${wrong} of them inaccurate or misleading. The Articles table above gives every number.`}
        </desc>
        <Group top={MARGIN.top} left={MARGIN.left}>
          <BarStackHorizontal<Row, VerdictKey> data={rows} keys={[...VERDICT_KEYS]} y={(r) => r.slug} xScale={xScale} yScale={yScale} color={(key) => VERDICT_COLOR[key]}>
            {(stacks) =>
              stacks.map((stack) =>
                stack.bars.map((bar) =>
                  bar.width > 0 ? (
                    <rect key={`${stack.key}-${bar.index}`} x={px(bar.x)} y={px(bar.y)} width={px(bar.width)} height={px(bar.height)} fill={bar.color}>
                      <title>{`${rows[bar.index].title}: ${WORDS[stack.key]} ${rows[bar.index][stack.key]}`}</title>
                    </rect>
                  ) : null,
                ),
              )
            }
          </BarStackHorizontal>
          {rows.map((r) => (
            <text key={r.slug} x={-8} y={px((yScale(r.slug) ?? 0) + yScale.bandwidth() / 2)} dy="0.33em" textAnchor="end" fontSize={12} fill="#1d2330">
              {shorten(r.title, 36)}
            </text>
          ))}
          <ChartAxis orientation="bottom" offset={innerHeight} length={innerWidth} label="Claims" ticks={xScale.ticks(6).map((v) => ({ at: px(xScale(v)), label: String(v) }))} />
        </Group>
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {VERDICT_KEYS.map((key) => (
          <li key={key}>
            <span className={styles.swatch} style={{ background: VERDICT_COLOR[key] }} />
            {WORDS[key]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
