import { lazy } from 'react';
import type { Prefetchable } from '../hooks/useEngineLoading.ts';
import { WIZARD_STEPS } from './steps.ts';

const loadPreviewPane = async () => (await import('../preview/PreviewPane.tsx')).PreviewPane;

/** The live preview beside the steps: loaded on demand, with the rules it shows. */
export const PreviewPane = lazy(async () => ({ default: await loadPreviewPane() }));

/** The import panel: loaded when the user asks for it. */
export const ImportPanel = lazy(async () => ({
  default: (await import('../import/ImportPanel.tsx')).ImportPanel,
}));

/** Everything past the first step that is fetched as soon as the first step has been painted. */
export const LATER_PARTS: readonly Prefetchable[] = [...WIZARD_STEPS, { load: loadPreviewPane }];
