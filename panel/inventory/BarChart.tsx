/**
 * A small horizontal bar chart in SVG, with the same figures in a table for
 * screen readers and for anyone who prefers numbers. No chart library.
 */
export interface Bar {
  label: string;
  value: number;
  /** Part of `value` shown darker (e.g. items closed). */
  part?: number;
}

const ROW = 22;
const LABEL = 150;
const WIDTH = 320;

export function BarChart({ title, bars, partLabel, valueLabel, id }: { title: string; bars: Bar[]; partLabel?: string; valueLabel: string; id: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const scale = (v: number) => ((WIDTH - LABEL - 40) * v) / max;
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {/* The table below carries the figures for assistive technology; the drawing is decoration. */}
      <svg viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} width="100%" aria-hidden="true" focusable="false">
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL - 6} y={ROW / 2 + 4} text-anchor="end" class="chart-label">
              {b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label}
            </text>
            <rect x={LABEL} y={4} width={scale(b.value)} height={ROW - 8} class="chart-bar" />
            {b.part !== undefined && <rect x={LABEL} y={4} width={scale(b.part)} height={ROW - 8} class="chart-part" />}
            <text x={LABEL + scale(b.value) + 4} y={ROW / 2 + 4} class="chart-value">
              {b.part !== undefined ? `${b.part}/${b.value}` : b.value}
            </text>
          </g>
        ))}
      </svg>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{valueLabel}</th>
            {partLabel && <th scope="col">{partLabel}</th>}
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{b.value}</td>
              {partLabel && <td>{b.part ?? 0}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
