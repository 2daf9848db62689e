import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import { useFieldArray, useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { createNode, stackFamilies, type ClusterPlan } from '../../domain/index.ts';
import { useText } from '../text/language.ts';
import { familyName } from '../wizard/fieldPaths.ts';
import { useFocusHandler } from '../wizard/focusContext.ts';
import { NodeRow } from './NodeRow.tsx';
import { PasteNodes } from './PasteNodes.tsx';

// A first guess per row; the virtualizer measures each rendered row (cards are taller).
const ROW_HEIGHT = 56;
// Up to this many joining nodes the list grows with the page (no scroll box inside a scrolling
// page, which phones handle badly and which hides rows from the user and from axe); above it the
// rows scroll in a bounded box and only those on screen are rendered.
const UNBOUNDED_ROWS = 12;

/**
 * Joining nodes in an editable table that reflows into one card per node in a narrow column (see
 * `.table-scroll` in styles.css); long lists render only the rows on screen, each row measured.
 */
export function NodesStep() {
  const uiText = useText();
  const t = uiText.nodes;
  const { control, setFocus } = useFormContext<ClusterPlan>();
  const { fields, append, remove, swap } = useFieldArray({ control, name: 'nodes' });
  const families = stackFamilies(useWatch({ control, name: 'networking.stack' }));
  const scrollRef = useRef<HTMLDivElement>(null);
  const joining = fields.length - 1;
  const bounded = joining > UNBOUNDED_ROWS;
  // The React Compiler is not used here; the virtualizer's unmemoizable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: Math.max(joining, 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: bounded ? 8 : UNBOUNDED_ROWS,
  });

  const focusRow = useCallback(
    (path: string) => {
      const match = /^nodes\.(\d+)\./.exec(path);
      const index = match ? Number(match[1]) : 0;
      if (index < 1) return false;
      virtualizer.scrollToIndex(index - 1, { align: 'center' });
      // The row mounts on the next frames; focus it once it is there.
      let tries = 0;
      const attempt = () => {
        if (document.querySelector(`[name="${path}"]`)) setFocus(path as FieldPath<ClusterPlan>);
        else if (tries++ < 10) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
      return true;
    },
    [virtualizer, setFocus],
  );
  useFocusHandler(focusRow);

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columns = 4 + families.length + 2;
  return (
    <>
      <p>{t.intro}</p>
      <p role="status">{joining > 0 ? t.count(joining) : t.none}</p>
      {joining > 0 && (
        <div
          className={bounded ? 'table-scroll' : 'table-scroll table-scroll--grows'}
          ref={scrollRef}
          tabIndex={-1}
        >
          <table className="nodes nodes--cards">
            <caption className="visually-hidden">{t.table}</caption>
            <thead>
              <tr>
                <th scope="col">{t.number}</th>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.role}</th>
                {families.map((f) => (
                  <th key={f} scope="col">
                    {t.ip(familyName(f))}
                  </th>
                ))}
                <th scope="col">{t.advertise}</th>
                <th scope="col">{t.bindPort}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {before > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={columns} style={{ height: before, padding: 0, border: 0 }} />
                </tr>
              )}
              {items.map((item) => {
                const index = item.index + 1;
                return (
                  <NodeRow
                    key={fields[index]?.id ?? index}
                    index={index}
                    last={index === fields.length - 1}
                    families={families}
                    onRemove={() => remove(index)}
                    onMove={(delta) => swap(index, index + delta)}
                    measureRef={virtualizer.measureElement}
                    virtualIndex={item.index}
                  />
                );
              })}
              {after > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={columns} style={{ height: after, padding: 0, border: 0 }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions-inline">
        <button
          type="button"
          className="button"
          onClick={() => append(createNode('worker'), { shouldFocus: false })}
        >
          {t.add}
        </button>
      </div>
      <PasteNodes onAdd={(nodes) => append(nodes, { shouldFocus: false })} />
    </>
  );
}
