import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ClusterPlan } from '../plan/plan.ts';
import { readmeText } from './bundle/readme.ts';
import { COMMANDS_SCRIPT, commandsScript, HOST_SCRIPT } from './bundle/script.ts';
import { cniFiles } from './cni.ts';
import { renderPlanFiles } from './files.ts';
import { hostPreparation } from './host.ts';

/** One file of the "download everything" zip. */
export interface BundleFile {
  /** Path inside the zip, `/`-separated. */
  path: string;
  text: string;
  /** Stored with Unix mode 0755 instead of 0644. */
  executable?: boolean;
}

export const README_FILE = 'README.txt';

/**
 * Every file of the plan's download: the init file and each join file, prepare-host.sh,
 * commands.sh (the order of operations), README.txt and the companion CNI files under cni/.
 */
export function bundleFiles(plan: ClusterPlan): BundleFile[] {
  return [
    ...renderPlanFiles(plan).map((file) => ({ path: file.name, text: file.text })),
    { path: HOST_SCRIPT, text: hostPreparation(plan).script, executable: true },
    { path: COMMANDS_SCRIPT, text: commandsScript(plan), executable: true },
    { path: README_FILE, text: readmeText(plan) },
    ...cniFiles(plan),
  ];
}

/** Zip "version made by" host 3 = Unix, so unzip applies the mode in the external attributes. */
const UNIX_HOST = 3;
const S_IFREG = 0o100000;

/** A fixed default date (local midnight, within the DOS date range), so the same files give the same bytes. */
export const ZIP_DEFAULT_MTIME = new Date(2000, 0, 1);

/**
 * The files as a deflated zip archive, every entry dated `mtime` (local time, as zip stores it);
 * the same files and date give the same bytes. Executable files get mode 0755, others 0644.
 */
export function zipBundle(
  files: readonly BundleFile[],
  mtime: Date = ZIP_DEFAULT_MTIME,
): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    const mode = S_IFREG | (file.executable ? 0o755 : 0o644);
    // The Unix mode sits in the high 16 bits; multiply, since << would overflow into the sign bit.
    entries[file.path] = [strToU8(file.text), { mtime, os: UNIX_HOST, attrs: mode * 0x10000 }];
  }
  return zipSync(entries, { level: 6 });
}
