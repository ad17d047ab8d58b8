/**
 * The region (Central Asia, the South Caucasus and their neighbours) drawn with d3-geo from the
 * bundled world-atlas TopoJSON, countries coloured by their alignment score toward a bloc in a
 * month. No tiles, no network beyond the app's own API.
 */
import { useEffect, useMemo, useState } from 'react';
import { geoBounds, geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import codes from 'i18n-iso-countries/codes.json';
import { arr, items, type AlignmentView, type Bloc, type ListPage } from '../api';
import { EntityLink, ErrorBox, Panel } from '../components/ui';
import { AWAY, monthsOf, NEUTRAL, scoreColor, scoresAt, type CountryScore } from '../lib/alignment';
import { BLOCS, blocColor, fmtScore } from '../lib/format';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';
import { monthIndex, monthLabel } from '../lib/timescale';
import { Reason } from './Entity';

const monthName = (period: string) =>
  monthIndex(period) !== null ? monthLabel(monthIndex(period)!) : period;
/** "2022-01" → "Jan 22", for the map's labels. */
const shortMonth = (period: string) => monthName(period).replace(/ (\d{2})(\d{2})$/, ' $2');
/** A reason line without its weight prefix ("+0.50: …"), for the tooltip. */
const reasonText = (line: string) =>
  line.replace(/^(?:Overall )?[+−-]?\d+(?:\.\d+)?:\s*/, (m) =>
    /^[+]/.test(m) ? 'toward: ' : /^[−-]/.test(m) ? 'away: ' : '',
  );

type CountryFeature = Feature<Geometry, { name?: string }> & { id?: string | number };

/** ISO numeric (world-atlas feature id) → alpha-2. */
const NUMERIC_TO_A2 = new Map<string, string>((codes as string[][]).map((c) => [c[2], c[0]]));

/** The frame: roughly the Balkans/Black Sea to western China, the Gulf to southern Siberia. */
const FRAME: [[number, number], [number, number]] = [
  [36, 33],
  [85, 55.5],
];

/** The region's own states, labelled on the map even without data. */
const FOCUS = new Set(['KZ', 'KG', 'TJ', 'UZ', 'TM', 'AZ', 'AM', 'GE']);

const W = 960;
const H = 560;

function useWorld(): FeatureCollection<Geometry, { name?: string }> | null {
  const [world, setWorld] = useState<FeatureCollection<Geometry, { name?: string }> | null>(null);
  useEffect(() => {
    let live = true;
    import('world-atlas/countries-50m.json').then((m) => {
      const topo = (m.default ?? m) as unknown as Topology<{
        countries: GeometryCollection<{ name?: string }>;
      }>;
      const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
      if (live) setWorld(fc);
    });
    return () => {
      live = false;
    };
  }, []);
  return world;
}

function frameOutline(): GeoPermissibleObjects {
  const [[x0, y0], [x1, y1]] = FRAME;
  const ring: [number, number][] = [];
  for (let x = x0; x <= x1; x += 1) ring.push([x, y0]);
  for (let y = y0; y <= y1; y += 1) ring.push([x1, y]);
  for (let x = x1; x >= x0; x -= 1) ring.push([x, y1]);
  for (let y = y1; y >= y0; y -= 1) ring.push([x0, y]);
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [ring.reverse()] },
  } as GeoPermissibleObjects;
}

export function MapPage(props: { query: URLSearchParams }) {
  const bloc = props.query.get('bloc') || 'russia';
  const monthParam = props.query.get('month') ?? '';
  const blocs = useApi<Bloc[] | ListPage<Bloc>>('blocs');
  const res = useApi<ListPage<AlignmentView>>('alignment', { bloc });
  const world = useWorld();
  const points = useMemo(() => (res.data ? items(res.data) : []), [res.data]);
  const months = useMemo(() => monthsOf(points), [points]);
  const month = monthParam && months.includes(monthParam) ? monthParam : '';
  const scores = useMemo(() => scoresAt(points, bloc, month), [points, bloc, month]);
  const [hover, setHover] = useState<{
    x: number;
    y: number;
    name: string;
    a2: string | null;
    s: CountryScore | undefined;
  } | null>(null);
  const blocList = blocs.data ? items(blocs.data) : [];
  const blocIds = blocList.length ? blocList.map((b) => b.id) : BLOCS;
  const color = blocColor(bloc);

  const drawn = useMemo(() => {
    if (!world) return null;
    const projection = geoConicConformal()
      .parallels([35, 50])
      .rotate([-58, 0])
      .fitExtent(
        [
          [4, 4],
          [W - 4, H - 4],
        ],
        frameOutline(),
      );
    const path = geoPath(projection);
    const [[fx0, fy0], [fx1, fy1]] = FRAME;
    const features = (world.features as CountryFeature[]).filter((f) => {
      const [[x0, y0], [x1, y1]] = geoBounds(f);
      // Keep what touches the frame (with a margin); antimeridian-crossing shapes (Russia) have x0 > x1.
      const lonHit = x0 > x1 ? true : x1 >= fx0 - 15 && x0 <= fx1 + 15;
      return lonHit && y1 >= fy0 - 10 && y0 <= fy1 + 10;
    });
    return features.map((f) => {
      const a2 = f.id !== undefined ? (NUMERIC_TO_A2.get(String(f.id).padStart(3, '0')) ?? null) : null;
      return {
        f,
        a2,
        d: path(f) ?? '',
        c: path.centroid(f),
        area: path.area(f),
        name: f.properties?.name ?? 'unknown',
      };
    });
  }, [world]);

  return (
    <div className="page">
      <h1>Alignment map</h1>
      <div className="filters">
        <label>
          Bloc{' '}
          <select
            value={bloc}
            onChange={(e) => navigate(href('map', { bloc: e.target.value, month }))}
            data-testid="map-bloc"
          >
            {blocIds.map((b) => (
              <option key={b} value={b}>
                {blocList.find((x) => x.id === b)?.name ?? b}
              </option>
            ))}
          </select>
        </label>
        <label>
          Month{' '}
          <select value={month} onChange={(e) => navigate(href('map', { bloc, month: e.target.value }))}>
            <option value="">latest</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <div className="legend-bar" aria-label="legend">
          <span>−1 away</span>
          <span
            className="ramp"
            style={{ background: `linear-gradient(to right, ${AWAY}, ${NEUTRAL}, ${color})` }}
          />
          <span>+1 toward {bloc}</span>
          <span className="swatch nodata" /> <span>no data</span>
        </div>
      </div>
      <Panel
        title={`Alignment toward ${bloc} · ${month ? `as of ${monthName(month)}` : 'latest month per country'}`}
        testId="map"
        className="map-panel"
      >
        <p className="muted small map-note" data-testid="map-note">
          {month
            ? `Each country's score for ${monthName(month)}, or its latest month before it with reports (its month is shown under its score).`
            : 'Each country shows its latest month with reports; the months differ by country and are shown under each score and in the table.'}
        </p>
        {res.error ? <ErrorBox error={res.error} /> : null}
        {!drawn ? (
          <div className="loading">Loading map…</div>
        ) : (
          <div className="mapwrap" onMouseLeave={() => setHover(null)}>
            <svg
              className="map"
              viewBox={`0 0 ${W} ${H}`}
              role="img"
              aria-label="Map of alignment scores"
              data-testid="map-svg"
            >
              <rect x={0} y={0} width={W} height={H} className="sea" />
              {drawn.map(({ f, a2, d, name }, i) => {
                const s = a2 ? scores.get(a2) : undefined;
                const fill = s ? scoreColor(s.score, color) : undefined;
                return (
                  <path
                    key={`${String(f.id)}-${i}`}
                    d={d}
                    className={`country${s ? ' scored' : ''}${a2 && FOCUS.has(a2) ? ' focus' : ''}`}
                    style={fill ? { fill } : undefined}
                    data-a2={a2 ?? ''}
                    onMouseMove={(e) => {
                      const box = (
                        e.currentTarget.ownerSVGElement?.parentElement ?? e.currentTarget
                      ).getBoundingClientRect();
                      setHover({ x: e.clientX - box.left, y: e.clientY - box.top, name, a2, s });
                    }}
                    onClick={() => a2 && navigate(href(['entity', `country:${a2}`]))}
                  />
                );
              })}
              {drawn
                .filter(({ a2 }) => a2 && (FOCUS.has(a2) || scores.has(a2)))
                .map(({ a2, c, name, area }) =>
                  Number.isFinite(c[0]) && c[0] > 0 && c[0] < W && c[1] > 0 && c[1] < H ? (
                    <text
                      key={`l-${a2}`}
                      x={c[0]}
                      y={c[1]}
                      className={`maplabel${area < 6000 ? ' small' : ''}`}
                      textAnchor="middle"
                    >
                      {/* Small states (the Caucasus) get their ISO code so labels do not collide. */}
                      <tspan x={c[0]}>{area < 6000 ? a2 : name}</tspan>
                      {a2 && scores.has(a2) ? (
                        <>
                          <tspan x={c[0]} dy="1.1em" className="mapscore">
                            {fmtScore(scores.get(a2)!.score, 2)}
                          </tspan>
                          <tspan x={c[0]} dy="1.05em" className="mapmonth">
                            {shortMonth(scores.get(a2)!.period)}
                          </tspan>
                        </>
                      ) : null}
                    </text>
                  ) : null,
                )}
            </svg>
            {hover ? (
              <div
                className="tooltip"
                style={{ left: hover.x + 14, top: hover.y + 14 }}
                data-testid="map-tooltip"
              >
                <strong>{hover.name}</strong>
                {hover.s ? (
                  <>
                    <div>
                      {bloc}: {fmtScore(hover.s.score)}{' '}
                      <span className="muted">
                        (as of {monthName(hover.s.period)}
                        {hover.s.carried ? ', the latest month before with reports' : ''})
                      </span>
                    </div>
                    <div>{hover.s.evidence} evidence</div>
                    {hover.s.explanation.slice(0, 4).map((line, i) => (
                      <div key={i} className="muted small">
                        {reasonText(line)}
                      </div>
                    ))}
                  </>
                ) : (
                  <div className="muted">no score</div>
                )}
              </div>
            ) : null}
          </div>
        )}
      </Panel>
      <Panel title="Scores" count={scores.size} testId="map-scores">
        {res.loading && !res.data ? (
          <div className="loading">Loading…</div>
        ) : scores.size === 0 ? (
          <div className="empty">No alignment scores toward {bloc} yet.</div>
        ) : (
          <table className="tbl compact">
            <thead>
              <tr>
                <th>Country</th>
                <th className="num">Score</th>
                <th>Month</th>
                <th className="num">Evidence</th>
                <th>Why</th>
              </tr>
            </thead>
            <tbody>
              {[...scores.entries()]
                .sort((a, b) => b[1].score - a[1].score)
                .map(([a2, s]) => (
                  <tr key={a2}>
                    <td>
                      <span className="swatch" style={{ background: scoreColor(s.score, color) }} />{' '}
                      <EntityLink id={s.entity} name={s.name} type="country" />
                    </td>
                    <td className="num">{fmtScore(s.score)}</td>
                    <td className="nowrap" data-month={s.period}>
                      {monthName(s.period)}
                      {s.carried ? <span className="muted small"> (latest before)</span> : null}
                    </td>
                    <td className="num">{s.evidence}</td>
                    <td className="small">
                      <ul className="explanation">
                        {s.explanation.map((line, i) => (
                          <Reason key={i} line={line} />
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </Panel>
      {arr(blocList).length ? (
        <p className="muted small">
          Blocs:{' '}
          {blocList.map((b, i) => (
            <span key={b.id}>
              {i ? ' · ' : ''}
              <strong style={{ color: blocColor(b.id) }}>{b.name ?? b.id}</strong>
              {b.leader ? (
                <>
                  {' '}
                  (led by <EntityLink id={b.leader} />)
                </>
              ) : null}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
