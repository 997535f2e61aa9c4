import { scrollRegion } from '@/components/table-scroll';
import { formatFigure } from '@/lib/format';

export interface MinutesBar {
  label: string;
  inTeachingHours: number;
  outsideTeachingHours: number;
}

interface MinutesBarChartProps {
  caption: string;
  /** Header of the first column: what each bar is, such as 'Mentor'. */
  labelHeader: string;
  bars: MinutesBar[];
}

const WIDTH = 640;
const ROW = 34;
const LABEL_WIDTH = 170;
const RIGHT = 70;

/**
 * Horizontal bars of timetabled minutes a week, split into time inside and outside teaching
 * hours, with the same figures in a table below for screen readers and exact values.
 */
export function MinutesBarChart({ caption, labelHeader, bars }: MinutesBarChartProps) {
  const totals = bars.map((bar) => bar.inTeachingHours + bar.outsideTeachingHours);
  const maxMinutes = Math.max(60, ...totals);
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
  const x = (minutes: number) => (minutes / maxMinutes) * plotWidth;
  const height = bars.length * ROW + 8;
  const summary = `${caption}: ${bars
    .map((bar, index) => `${bar.label} ${formatFigure(totals[index])} minutes`)
    .join(', ')}.`;

  return (
    <figure className="app-chart">
      <svg
        className="app-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, index) => {
          const top = index * ROW + 4;
          return (
            <g key={bar.label}>
              <text className="app-chart__tick" x={LABEL_WIDTH - 8} y={top + 19} textAnchor="end">
                {bar.label}
              </text>
              <rect
                className="app-chart__bar"
                x={LABEL_WIDTH}
                y={top}
                width={x(bar.inTeachingHours)}
                height={ROW - 10}
              />
              <rect
                className="app-chart__bar app-chart__bar--secondary"
                x={LABEL_WIDTH + x(bar.inTeachingHours)}
                y={top}
                width={x(bar.outsideTeachingHours)}
                height={ROW - 10}
              />
              <text className="app-chart__tick" x={LABEL_WIDTH + x(totals[index]) + 6} y={top + 19}>
                {formatFigure(totals[index])}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="app-chart__legend" aria-hidden="true">
        <span className="app-chart__key app-chart__key--bar" /> In teaching hours
        <span className="app-chart__key app-chart__key--secondary" /> Outside teaching hours
      </figcaption>
      <div className="app-table-scroll" {...scrollRegion(caption)}>
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {labelHeader}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                In teaching hours (minutes)
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Outside teaching hours (minutes)
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Total (minutes)
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {bars.map((bar, index) => (
              <tr key={bar.label} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {bar.label}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatFigure(bar.inTeachingHours)}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatFigure(bar.outsideTeachingHours)}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatFigure(totals[index])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
