import { memo, useId, useMemo } from 'react';
import type { FamilyMap } from '../../domain/index.ts';
import { buildAddressMap } from '../engine.ts';
import { useText } from '../text/language.ts';
import { familyName, fieldLabel, stepOfField } from '../wizard/fieldPaths.ts';
import { useOutputs } from '../wizard/outputsContext.ts';
import { AddressMapDrawing } from './AddressMapDrawing.tsx';
import { AddressMapTable } from './AddressMapTable.tsx';
import { overlapText } from './labels.ts';

export interface AddressMapProps {
  /** Moves to a field and focuses it, as the issue list's links do. */
  onGoTo: (path: string) => void;
}

function FamilySection({ map, onGoTo }: { map: FamilyMap } & AddressMapProps) {
  const uiText = useText();
  const t = uiText.addressMap;
  const id = useId();
  return (
    <section className="amap__family" aria-labelledby={id}>
      <h3 id={id}>{t.family(familyName(map.family))}</h3>
      <p className="amap__axis">{t.axis(map.axis.cidr)}</p>
      <AddressMapDrawing map={map} />
      <AddressMapTable map={map} labelledBy={id} />
      <h4>{t.overlaps(map.overlaps.length)}</h4>
      {map.overlaps.length === 0 ? (
        <p>{t.noOverlaps}</p>
      ) : (
        <ul className="amap__overlaps">
          {map.overlaps.map((overlap, i) => (
            <li key={i}>
              {overlapText(overlap, map, t)} ({t.shared(overlap.first, overlap.last)}){' '}
              {stepOfField(overlap.field) && (
                <button type="button" className="link" onClick={() => onGoTo(overlap.field)}>
                  {uiText.issues.goTo(fieldLabel(overlap.field, uiText))}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The plan's address map per family, from its settled outputs: a drawing and, beside it, the
 * same in a table and a list of overlaps with links to their fields. Memoised: typing re-renders
 * the preview on every keystroke, the map only when the outputs settle.
 */
export const AddressMap = memo(function AddressMap({ onGoTo }: AddressMapProps) {
  const t = useText().addressMap;
  const { plan, issues } = useOutputs();
  const maps = useMemo(() => buildAddressMap(plan, issues), [plan, issues]);
  if (maps.length === 0) return <p>{t.nothing}</p>;
  return (
    <div className="amap">
      <p className="amap__intro">{t.intro}</p>
      {maps.map((map) => (
        <FamilySection key={map.family} map={map} onGoTo={onGoTo} />
      ))}
    </div>
  );
});
