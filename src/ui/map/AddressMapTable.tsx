import type { FamilyMap } from '../../domain/index.ts';
import { useText } from '../text/language.ts';
import { addressCount, markLabel } from './labels.ts';

export interface AddressMapTableProps {
  map: FamilyMap;
  /** The id of the family's heading, which names the table. */
  labelledBy: string;
}

/** The text equivalent of one family's drawing: every range and address with its figures. */
export function AddressMapTable({ map, labelledBy }: AddressMapTableProps) {
  const uiText = useText();
  const t = uiText.addressMap;
  return (
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
              <th scope="row">{`${range.kind === 'pod' ? t.pod : t.service} ${range.cidr}`}</th>
              <td>{t.fromTo(range.first, range.last)}</td>
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
            <td>{mark.address}</td>
            <td className="amap__count">1</td>
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
