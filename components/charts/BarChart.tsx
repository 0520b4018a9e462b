import { layoutBarChart, type ChartFigure } from './layout'

/**
 * A horizontal bar chart drawn as inline SVG on the server. It scales to its column (viewBox, width
 * 100%), is named by its <title>, and is meant to sit beside a table of the same figures.
 */
export function BarChart({ id, title, figures }: { id: string; title: string; figures: ChartFigure[] }) {
  const chart = layoutBarChart(figures)
  const titleId = `${id}-title`
  return (
    <svg
      id={id}
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      className="block h-auto w-full max-w-[22rem] overflow-visible"
      focusable="false"
    >
      <title id={titleId}>{`Bar chart: ${title}`}</title>
      {chart.ticks.map((tick) => (
        <line key={`grid-${tick.value}`} x1={tick.x} x2={tick.x} y1={0} y2={chart.axisY} className="stroke-rule" strokeWidth={1} />
      ))}
      {chart.bars.map((bar) => (
        <g key={bar.key}>
          {bar.labelLines.map((line) => (
            <text key={`${line.y}`} x={line.x} y={line.y} className="fill-ink" fontSize={chart.fontSize}>
              {line.text}
            </text>
          ))}
          <rect x={bar.x} y={bar.y} width={Math.max(bar.width, 1)} height={bar.height} className="fill-navy" />
          <text
            x={bar.valueX}
            y={bar.valueY}
            textAnchor={bar.valueInside ? 'end' : 'start'}
            className={bar.valueInside ? 'fill-white' : 'fill-ink'}
            fontSize={chart.fontSize}
            fontWeight={600}
          >
            {bar.valueText}
          </text>
        </g>
      ))}
      <line x1={0} x2={chart.width} y1={chart.axisY} y2={chart.axisY} className="stroke-muted" strokeWidth={1} />
      {chart.ticks.map((tick, i) => (
        <text
          key={`tick-${tick.value}`}
          x={tick.x}
          y={chart.tickLabelY}
          textAnchor={i === 0 ? 'start' : i === chart.ticks.length - 1 ? 'end' : 'middle'}
          className="fill-muted"
          fontSize={chart.tickFontSize}
        >
          {tick.text}
        </text>
      ))}
    </svg>
  )
}
