import { useState } from 'react';
import { useText } from '../text/language.ts';
import { LoadedPart } from '../wizard/LoadedPart.tsx';
import { ADDRESS_MAP } from '../wizard/parts.ts';
import type { AddressMapProps } from './AddressMap.tsx';

/** "Address map", closed at first; the map's code loads and it renders only while open. */
export function AddressMapDisclosure({ onGoTo }: AddressMapProps) {
  const t = useText().addressMap;
  const [open, setOpen] = useState(false);
  return (
    <details className="amap-disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.title}</summary>
      {open && <LoadedPart part={ADDRESS_MAP} props={{ onGoTo }} />}
    </details>
  );
}
