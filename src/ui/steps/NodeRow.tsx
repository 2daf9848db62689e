import { useFormContext, useWatch } from 'react-hook-form';
import type { ClusterPlan, IpFamily } from '../../domain/index.ts';
import { CellInput } from '../fields/CellInput.tsx';
import type { UiText } from '../text/en.ts';
import { useText } from '../text/language.ts';
import { familyName } from '../wizard/fieldPaths.ts';

export interface NodeRowProps {
  index: number;
  last: boolean;
  families: readonly IpFamily[];
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
  /** The virtualizer's measuring ref: rows are taller when they reflow into cards or show errors. */
  measureRef?: (element: HTMLTableRowElement | null) => void;
  /** The virtual item's index, which the virtualizer reads back from `data-index`. */
  virtualIndex?: number;
}

const roles = (uiText: UiText) => [
  { value: 'worker', label: uiText.nodes.roleWorker },
  { value: 'control-plane', label: uiText.nodes.roleControlPlane },
];

/** One joining node: name, role, node IPs, and for control-plane nodes the API endpoint. */
export function NodeRow({
  index,
  last,
  families,
  onRemove,
  onMove,
  measureRef,
  virtualIndex,
}: NodeRowProps) {
  const uiText = useText();
  const t = uiText.nodes;
  const { control } = useFormContext<ClusterPlan>();
  const role = useWatch({ control, name: `nodes.${index}.role` });
  const row = index + 1;
  return (
    <tr data-row={row} data-index={virtualIndex} ref={measureRef}>
      <th scope="row" className="nodes__number">
        <span className="cell__label cell__label--inline">{t.number} </span>
        {row}
      </th>
      <td>
        <CellInput name={`nodes.${index}.name`} label={t.cell(row, t.name)} column={t.name} />
      </td>
      <td>
        <CellInput
          name={`nodes.${index}.role`}
          label={t.cell(row, t.role)}
          column={t.role}
          options={roles(uiText)}
        />
      </td>
      {families.map((f) => (
        <td key={f} className={f === 'ipv6' ? 'nodes__wide' : undefined}>
          <CellInput
            name={`nodes.${index}.ips.${f}`}
            label={t.cell(row, t.ip(familyName(f)))}
            column={t.ip(familyName(f))}
          />
        </td>
      ))}
      {role === 'control-plane' ? (
        <>
          <td className="nodes__wide">
            <CellInput
              name={`nodes.${index}.advertiseAddress`}
              label={t.cell(row, t.advertise)}
              column={t.advertise}
            />
          </td>
          <td>
            <CellInput
              name={`nodes.${index}.bindPort`}
              label={t.cell(row, t.bindPort)}
              column={t.bindPort}
            />
          </td>
        </>
      ) : (
        <>
          <td className="muted">{t.notApplicable}</td>
          <td className="muted">{t.notApplicable}</td>
        </>
      )}
      <td className="row-actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t.moveUp(row)}
          disabled={index <= 1}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t.moveDown(row)}
          disabled={last}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t.remove(row)}
          onClick={onRemove}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>
  );
}
