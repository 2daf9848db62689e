import { Fragment, type ReactNode } from 'react';
import type { FamilyMap } from '../../domain/index.ts';
import { useText } from '../text/language.ts';
import { addressCount, markLabel } from './labels.ts';

export interface AddressMapTableProps {
  map: FamilyMap;
  /** The id of the family's heading, which names the table. */
  labelledBy: string;
}

/**
 * Text with a line-break opportunity after every ':', so a long IPv6 address wraps between its
 * groups when the column is narrow, never inside a group, an IPv4 address or a prefix length.
 */
function breakable(text: string): ReactNode {
  return text.split(/(?<=:)/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/**
 * The text equivalent of one family's drawing: every range and address with its figures, then
 * how the pod subnet splits into node blocks. Three narrow columns, so it reflows on a phone.
 */
export function AddressMapTable({ map, labelledBy }: AddressMapTableProps) {
  const uiText = useText();
  const t = uiText.addressMap;
  const blockNotes = map.ranges.flatMap((range) => {
    const { blocks } = range;
    if (!blocks) return [];
    const planned = blocks.fits
      ? uiText.networking.fits(blocks.nodesPlanned)
      : uiText.networking.doesNotFit(blocks.nodesPlanned);
    const split = t.blocks(
      addressCount(blocks.count),
      blocks.nodeMask,
      addressCount(blocks.podsPerNode),
    );
    return [{ cidr: range.cidr, text: `${t.pod} ${range.cidr}: ${split} ${planned}` }];
  });
  return (
    <>
      <table className="amap__table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col">{t.addresses}</th>
            <th scope="col">{t.size}</th>
          </tr>
        </thead>
        <tbody>
          {map.ranges.map((range) => (
            <tr key={range.kind}>
              <th scope="row">
                {range.kind === 'pod' ? t.pod : t.service} {breakable(range.cidr)}
              </th>
              <td>{breakable(t.fromTo(range.first, range.last))}</td>
              <td className="amap__count">{addressCount(range.size)}</td>
            </tr>
          ))}
          {map.marks.map((mark) => (
            <tr key={`${mark.kind}-${mark.field}`}>
              <th scope="row">{markLabel(mark, t)}</th>
              <td>{breakable(mark.address)}</td>
              <td className="amap__count">1</td>
            </tr>
          ))}
        </tbody>
      </table>
      {blockNotes.map((note) => (
        <p key={note.cidr} className="amap__blocks">
          {note.text}
        </p>
      ))}
    </>
  );
}
