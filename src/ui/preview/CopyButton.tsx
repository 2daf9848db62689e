import { useEffect, useState } from 'react';
import { copyText } from '../browser/clipboard.ts';
import { useText } from '../text/language.ts';

export interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy kubeadm init command". */
  label: string;
}

/** Copies `text` and confirms it visibly and to screen readers. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const uiText = useText();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy">
      <button
        type="button"
        className="button button--small"
        aria-label={label}
        onClick={() => {
          void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'));
        }}
      >
        {state === 'copied' ? `✓ ${uiText.preview.copied}` : uiText.preview.copy}
      </button>
      <span role="status" className="copy__status">
        {state === 'copied'
          ? uiText.preview.copied
          : state === 'failed'
            ? uiText.preview.copyFailed
            : ''}
      </span>
    </span>
  );
}
