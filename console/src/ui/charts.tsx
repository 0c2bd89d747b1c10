// Plain SVG charts: a picture where it reads better than a table, with the numbers still
// available to screen readers (each chart has a title, a description and a data table fallback).
export interface Datum {
  label: string;
  value: number;
  /** A second series drawn beside the first (e.g. the candidate against the rules in force). */
  compare?: number;
}

/** Horizontal bars, one per label; long labels are fine. */
export function BarChart({ title, data, format = String, legend }: { title: string; data: readonly Datum[]; format?: (value: number) => string; legend?: [string, string] }) {
  const max = Math.max(1, ...data.flatMap((datum) => [datum.value, datum.compare ?? 0]));
  const paired = data.some((datum) => datum.compare !== undefined);
  const rowHeight = paired ? 34 : 24;
  const width = 360;
  const labelWidth = 130;
  const barSpace = width - labelWidth - 56;
  const height = Math.max(rowHeight, data.length * rowHeight) + 8;
  return (
    <figure style={{ margin: 0 }}>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${data.map((datum) => `${datum.label} ${format(datum.value)}${datum.compare !== undefined ? ` vs ${format(datum.compare)}` : ''}`).join(', ')}`}>
        <title>{title}</title>
        {data.map((datum, index) => {
          const y = 4 + index * rowHeight;
          const barHeight = paired ? 13 : 16;
          return (
            <g key={datum.label}>
              <text x={labelWidth - 6} y={y + (paired ? 16 : 12)} textAnchor="end">
                {datum.label.length > 18 ? `${datum.label.slice(0, 17)}…` : datum.label}
              </text>
              <rect className="bar" x={labelWidth} y={y} width={(datum.value / max) * barSpace} height={barHeight} rx="2" />
              <text x={labelWidth + (datum.value / max) * barSpace + 4} y={y + 12}>
                {format(datum.value)}
              </text>
              {datum.compare !== undefined ? (
                <>
                  <rect className="bar alt" x={labelWidth} y={y + 15} width={(datum.compare / max) * barSpace} height={barHeight} rx="2" />
                  <text x={labelWidth + (datum.compare / max) * barSpace + 4} y={y + 27}>
                    {format(datum.compare)}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
        <line className="axis" x1={labelWidth} x2={labelWidth} y1={0} y2={height} />
      </svg>
      {legend ? (
        <figcaption className="legend">
          <span>
            <span className="swatch" />
            {legend[0]}
          </span>
          <span>
            <span className="swatch alt" />
            {legend[1]}
          </span>
        </figcaption>
      ) : null}
    </figure>
  );
}

/** Vertical bars over time (e.g. orders per minute), oldest left. */
export function ColumnChart({ title, data, format = String }: { title: string; data: readonly Datum[]; format?: (value: number) => string }) {
  const width = 600;
  const height = 160;
  const bottom = 20;
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const slot = width / Math.max(1, data.length);
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${total} in total over ${data.length} periods, at most ${format(max)} in one`}>
      <title>{title}</title>
      {data.map((datum, index) => {
        const barHeight = ((height - bottom - 14) * datum.value) / max;
        const x = index * slot + 1;
        return (
          <g key={datum.label}>
            <rect className="bar" x={x} y={height - bottom - barHeight} width={Math.max(1, slot - 2)} height={barHeight}>
              <title>{`${datum.label}: ${format(datum.value)}`}</title>
            </rect>
            {index % Math.ceil(data.length / 6) === 0 ? (
              <text x={x} y={height - 4}>
                {datum.label}
              </text>
            ) : null}
          </g>
        );
      })}
      <line className="axis" x1={0} x2={width} y1={height - bottom} y2={height - bottom} />
      <text x={width - 4} y={12} textAnchor="end">
        max {format(max)}
      </text>
    </svg>
  );
}
