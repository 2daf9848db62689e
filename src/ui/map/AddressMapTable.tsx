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

/** The text equivalent of one family's drawing: every range and address with its figures. */
export function AddressMapTable({ map, labelledBy }: AddressMapTableProps) {
  const uiText = useText();
  const t = uiText.addressMap;
  // On a phone the four columns may not fit: the table scrolls sideways in its own focusable box
  // (tables are the reflow exception of WCAG 1.4.10); the page itself never does.
  return (
    <div className="amap__scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="amap__table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col">{t.addresses}</th>
            <th scope="col">{t.size}</th>
            <th scope="col">{t.details}</th>
          </tr>
        </thead>
        <tbody>
          {map.ranges.map((range) => {
            const { blocks } = range;
            const fits = blocks && blocks.count >= BigInt(blocks.nodesPlanned);
            return (
              <tr key={range.kind}>
                <th scope="row">
                  {range.kind === 'pod' ? t.pod : t.service} {breakable(range.cidr)}
                </th>
                <td>{breakable(t.fromTo(range.first, range.last))}</td>
                <td className="amap__count">{addressCount(range.size)}</td>
                <td>
                  {blocks &&
                    `${t.blocks(
                      addressCount(blocks.count),
                      blocks.nodeMask,
                      addressCount(blocks.podsPerNode),
                    )} ${
                      fits
                        ? uiText.networking.fits(blocks.nodesPlanned)
                        : uiText.networking.doesNotFit(blocks.nodesPlanned)
                    }`}
                </td>
              </tr>
            );
          })}
          {map.marks.map((mark) => (
            <tr key={`${mark.kind}-${mark.field}`}>
              <th scope="row">{markLabel(mark, t)}</th>
              <td>{breakable(mark.address)}</td>
              <td className="amap__count">1</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
