import type { ReactNode } from 'react';
import type { AxisSpan, FamilyMap, MapMark } from '../../domain/index.ts';
import { useText } from '../text/language.ts';

const percent = (x: number) => `${(x * 100).toFixed(3)}%`;

// Node blocks are drawn as stripes only while each is still a few pixels wide.
const MAX_DRAWN_BLOCKS = 128n;

function Bar({ span, kind, blocks }: { span: AxisSpan; kind: string; blocks?: bigint }) {
  const striped = blocks !== undefined && blocks > 1n && blocks <= MAX_DRAWN_BLOCKS;
  return (
    <span
      className={`amap__bar amap__bar--${kind}${striped ? ' amap__bar--blocks' : ''}`}
      style={{
        left: percent(span.start),
        width: percent(span.end - span.start),
        ...(striped ? { backgroundSize: `${100 / Number(blocks)}% 100%` } : {}),
      }}
    />
  );
}

function Ticks({ marks }: { marks: readonly MapMark[] }) {
  return marks.map((mark) => (
    <span
      key={`${mark.kind}-${mark.field}`}
      className={`amap__tick amap__tick--${mark.kind}`}
      style={{ left: percent(mark.at) }}
    />
  ));
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="amap__row">
      <span className="amap__label">{label}</span>
      <span className="amap__track">{children}</span>
    </div>
  );
}

/** The picture of one family's map; hidden from assistive technology (the table says it all). */
export function AddressMapDrawing({ map }: { map: FamilyMap }) {
  const t = useText().addressMap;
  const pod = map.ranges.find((r) => r.kind === 'pod');
  const service = map.ranges.find((r) => r.kind === 'service');
  const of = (...kinds: MapMark['kind'][]) => map.marks.filter((m) => kinds.includes(m.kind));
  const apiServer = of('advertise', 'endpoint');
  const nodes = of('node');
  // Each range's row hatches the overlaps that touch it; the overlaps row has them all.
  const hatch = (kind?: 'pod' | 'service') =>
    map.overlaps
      .filter((o) => kind === undefined || o.range === kind || o.subject === kind)
      .map((o, i) => (
        <span
          key={i}
          className="amap__overlap"
          style={{ left: percent(o.span.start), width: percent(o.span.end - o.span.start) }}
        />
      ));
  return (
    <div className="amap__drawing" aria-hidden="true">
      {pod && (
        <Row label={`${t.pod} ${pod.cidr}`}>
          <Bar span={pod.span} kind="pod" {...(pod.blocks ? { blocks: pod.blocks.count } : {})} />
          {hatch('pod')}
        </Row>
      )}
      {service && (
        <Row label={`${t.service} ${service.cidr}`}>
          <Bar span={service.span} kind="service" />
          {hatch('service')}
          <Ticks marks={of('kubernetes', 'dns')} />
        </Row>
      )}
      {nodes.length > 0 && (
        <Row label={t.nodes}>
          <Ticks marks={nodes} />
        </Row>
      )}
      {apiServer.length > 0 && (
        <Row label={t.controlPlane}>
          <Ticks marks={apiServer} />
        </Row>
      )}
      {map.overlaps.length > 0 && <Row label={t.overlapsRow}>{hatch()}</Row>}
      <p className="amap__legend">
        {(
          [
            ['kubernetes', t.kubernetes],
            ['dns', t.dns],
            ['overlap', t.overlapsRow],
          ] as const
        ).map(([key, label]) => (
          <span key={key} className="amap__legend-item">
            <span className={`amap__key amap__key--${key}`} />
            {label}
          </span>
        ))}
      </p>
    </div>
  );
}
