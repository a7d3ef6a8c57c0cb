import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { formatDay, formatDayMonth } from "./format";
import { ChartAxis } from "./chart-axis";
import styles from "./dashboard.module.css";
import { TableScroll } from "../ui/table-scroll";

const WIDTH = 760;
const HEIGHT = 240;
const MARGIN = { top: 10, right: 16, bottom: 40, left: 44 };

/** Pixel positions to a tenth: the page carries every coordinate twice (HTML and React payload). */
const px = (n: number) => Math.round(n * 10) / 10;

/** Sign-offs per day over the last weeks, as bars drawn on the server (plain SVG, no script). */
export function SignoffChart({ days }: { days: { day: string; count: number }[] }) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...days.map((d) => d.count));
  const xScale = scaleBand<string>({ domain: days.map((d) => d.day), range: [0, innerWidth], padding: 0.2 });
  const yScale = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const busiest = days.reduce((best, d) => (d.count > best.count ? d : best), days[0] ?? { day: "", count: 0 });
  const everyFifth = days.filter((_, i) => (days.length - 1 - i) % 5 === 0).map((d) => d.day);
  return (
    <figure className={styles.chart}>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="signoff-chart-title signoff-chart-desc">
        <title id="signoff-chart-title">Claims signed off per day</title>
        <desc id="signoff-chart-desc">
          {total === 0
            ? `No claim was signed off in the last ${days.length} days.`
            : `${total} sign-offs in the last ${days.length} days (UTC); the busiest day was ${formatDay(busiest.day)} with ${busiest.count}. The table below gives every day.`}
        </desc>
        <Group top={MARGIN.top} left={MARGIN.left}>
          {days.map((d) => {
            const y = yScale(d.count) ?? innerHeight;
            return (
              <Bar key={d.day} x={px(xScale(d.day) ?? 0)} y={px(y)} width={px(xScale.bandwidth())} height={px(innerHeight - y)} fill="#1f5fbf">
                <title>{`${formatDay(d.day)}: ${d.count}`}</title>
              </Bar>
            );
          })}
          <ChartAxis orientation="left" length={innerHeight} ticks={yScale.ticks(Math.min(5, max)).filter(Number.isInteger).map((v) => ({ at: px(yScale(v)), label: String(v) }))} />
          <ChartAxis orientation="bottom" offset={innerHeight} length={innerWidth} ticks={everyFifth.map((d) => ({ at: px((xScale(d) ?? 0) + xScale.bandwidth() / 2), label: formatDayMonth(d) }))} />
        </Group>
      </svg>
      <details>
        <summary>Sign-offs per day as a table</summary>
        <TableScroll label="Sign-offs per day table">
        <table className="table">
          <caption className="visually-hidden">Claims signed off on each of the last {days.length} days (UTC)</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Signed off</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(d.day)}</th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      </details>
    </figure>
  );
}
