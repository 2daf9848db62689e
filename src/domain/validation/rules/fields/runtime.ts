import type { Arg } from '../../../kubeadm/documents.ts';
import type { Issue } from '../../issues.ts';
import { describeValue, issue } from './shared.ts';
import { parseGoUrl } from './url.ts';

/**
 * Checks nodeRegistration.criSocket (RULES.md §18): empty lets kubeadm detect the runtime; a bare
 * absolute path gets `unix://` from kubeadm with a deprecation warning; anything else must be unix://.
 */
export function checkCriSocket(value: string): Issue[] {
  if (value === '') return [];
  const text = describeValue(value);
  if (text.startsWith('/') && !text.includes('://')) {
    return [issue('cri_socket', { value: text, reason: 'bare_path' }, { severity: 'warning' })];
  }
  const url = parseGoUrl(text);
  if (url === undefined) return [issue('cri_socket', { value: text, reason: 'not_url' })];
  return url.scheme === 'unix' ? [] : [issue('cri_socket', { value: text, reason: 'scheme' })];
}

// github.com/distribution/reference's ReferenceRegexp, built from its grammar.
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^${NAME}(?::${TAG})?(?:@${DIGEST})?$`);

/** Checks imageRepository: with `/name:tag` appended it must be an image reference (ValidateImageRepository, RULES.md §25). */
export function checkImageRepository(value: string): Issue[] {
  const text = describeValue(value);
  return REFERENCE.test(`${text}/name:tag`) ? [] : [issue('image_repository', { value: text })];
}

const PULL_POLICIES: readonly unknown[] = ['', 'Always', 'IfNotPresent', 'Never'];

/** Checks nodeRegistration.imagePullPolicy: Always, IfNotPresent, Never, or empty for the default. */
export function checkImagePullPolicy(value: string): Issue[] {
  return PULL_POLICIES.includes(value)
    ? []
    : [issue('image_pull_policy', { value: describeValue(value) })];
}

/** Checks a path kubeadm requires to be absolute (certificatesDir, patches.directory, etcd files). */
export function checkAbsolutePath(value: string): Issue[] {
  return typeof value === 'string' && value.startsWith('/')
    ? []
    : [issue('absolute_path', { value: describeValue(value) })];
}

/** Checks a v1beta4 extraArgs list: every entry needs a name (path = entry index, RULES.md §25). */
export function checkExtraArgs(args: readonly Arg[], component = ''): Issue[] {
  if (!Array.isArray(args)) return [];
  return (args as readonly unknown[]).flatMap((arg, i) => {
    const name = typeof arg === 'object' && arg !== null ? (arg as Partial<Arg>).name : undefined;
    return typeof name === 'string' && name !== ''
      ? []
      : [issue('extra_arg_name', { component }, { path: String(i) })];
  });
}
