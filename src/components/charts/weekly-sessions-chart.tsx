import { scrollRegion } from '@/components/table-scroll';
import { formatShortDate } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

export interface WeekFigures {
  /** Monday of the term week, 'YYYY-MM-DD'. */
  weekStartsOn: string;
  held: number;
  expected: number;
  /** False for weeks after today, whose sessions cannot have happened yet. */
  upToDate: boolean;
}

interface WeeklySessionsChartProps {
  /** The table's caption, which also names the chart. */
  caption: string;
  weeks: WeekFigures[];
}

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 12, bottom: 44, left: 36 };

function shortWeekLabel(monday: string): string {
  // '2026-09-07' -> '7/9': day and month, as UK readers write them.
  const [, month, day] = monday.split('-');
  return `${Number(day)}/${Number(month)}`;
}

/**
 * Sessions held in each term week as bars, with the expected number as a dashed line, and the
 * same figures in a table below. The chart is a picture of the table, so screen readers get
 * the table and a one-sentence summary of the chart.
 */
export function WeeklySessionsChart({ caption, weeks }: WeeklySessionsChartProps) {
  const past = weeks.filter((week) => week.upToDate);
  const heldSoFar = past.reduce((sum, week) => sum + week.held, 0);
  const expectedSoFar = past.reduce((sum, week) => sum + week.expected, 0);
  const maxValue = Math.max(2, ...weeks.map((week) => Math.max(week.held, week.expected)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = weeks.length === 0 ? plotWidth : plotWidth / weeks.length;
  const barWidth = Math.max(4, step * 0.6);
  const y = (value: number) => MARGIN.top + plotHeight - (value / maxValue) * plotHeight;
  const ticks = Array.from({ length: Math.floor(maxValue) + 1 }, (_, index) => index);
  const expectedPath = weeks
    .map((week, index) => {
      const left = MARGIN.left + index * step;
      return `${index === 0 ? 'M' : 'L'}${left},${y(week.expected)} L${left + step},${y(week.expected)}`;
    })
    .join(' ');
  const summary =
    `${caption}: ${formatFigure(heldSoFar)} held in ${past.length} term weeks so far, ` +
    `against ${formatFigure(expectedSoFar)} expected.`;

  return (
    <figure className="app-chart">
      <svg
        className="app-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              className="app-chart__gridline"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text className="app-chart__tick" x={MARGIN.left - 8} y={y(tick) + 5} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {weeks.map((week, index) => {
          const centre = MARGIN.left + index * step + step / 2;
          return (
            <g key={week.weekStartsOn}>
              {week.held > 0 && (
                <rect
                  className="app-chart__bar"
                  x={centre - barWidth / 2}
                  y={y(week.held)}
                  width={barWidth}
                  height={y(0) - y(week.held)}
                />
              )}
              {(weeks.length <= 8 || index % 2 === 0) && (
                <text
                  className="app-chart__tick"
                  x={centre}
                  y={HEIGHT - MARGIN.bottom + 18}
                  textAnchor="middle"
                >
                  {shortWeekLabel(week.weekStartsOn)}
                </text>
              )}
            </g>
          );
        })}
        <path className="app-chart__expected" d={expectedPath} />
        <text className="app-chart__axis-label" x={MARGIN.left} y={HEIGHT - 6}>
          Week beginning (day/month)
        </text>
      </svg>
      <figcaption className="app-chart__legend" aria-hidden="true">
        <span className="app-chart__key app-chart__key--bar" /> Sessions held
        <span className="app-chart__key app-chart__key--line" /> Sessions expected
      </figcaption>
      <div className="app-table-scroll" {...scrollRegion(caption)}>
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Week beginning
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Sessions held
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Sessions expected
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {weeks.map((week) => (
              <tr key={week.weekStartsOn} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {formatShortDate(week.weekStartsOn)}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {week.upToDate ? formatFigure(week.held) : 'Not yet'}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatFigure(week.expected)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
