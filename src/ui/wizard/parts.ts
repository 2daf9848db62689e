import { loadable, type Loadable } from '../hooks/loadable.ts';
import { WIZARD_STEPS } from './steps.ts';

/** The live preview beside the steps: loaded on demand, with the rules it shows. */
export const PREVIEW_PANE = loadable(
  async () => (await import('../preview/PreviewPane.tsx')).PreviewPane,
);

/** The address map under the preview's file: loaded when the user opens it. */
export const ADDRESS_MAP = loadable(async () => (await import('../map/AddressMap.tsx')).AddressMap);

/** The import panel: loaded when the user asks for it. */
export const IMPORT_PANEL = loadable(
  async () => (await import('../import/ImportPanel.tsx')).ImportPanel,
);

/** The panel that diagnoses a running cluster's nodes: loaded when the user asks for it. */
export const DIAGNOSE_PANEL = loadable(
  async () => (await import('../diagnose/DiagnosePanel.tsx')).DiagnosePanel,
);

/** The panel that plans turning a running single-stack cluster dual-stack: loaded when asked for. */
export const CONVERT_PANEL = loadable(
  async () => (await import('../convert/ConvertPanel.tsx')).ConvertPanel,
);

/** The panel that adds nodes to a running cluster (join files checked against it): loaded when asked for. */
export const RUNNING_PANEL = loadable(
  async () => (await import('../running/RunningClusterPanel.tsx')).RunningClusterPanel,
);

/** Everything past the first step that is fetched as soon as the first step has been painted. */
export const LATER_PARTS: readonly Loadable<unknown>[] = [
  ...WIZARD_STEPS.map((step) => step.body),
  PREVIEW_PANE,
];
