import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { makeIssue, type Issue } from '../validation/issues.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { parsePlanText } from './planFile.ts';

/** The fragment parameter that holds the plan: `#plan=<base64url of deflated JSON>`. */
export const SHARE_PARAM = 'plan';
/** The `file` share-link issues name. */
export const SHARE_LINK_FILE = 'share link';
/** Limits on what a share link may hold, so a hostile link cannot use unbounded time or memory. */
export const SHARE_LIMITS = { maxFragmentChars: 64 * 1024, maxJsonBytes: 1024 * 1024 } as const;

/** Compressed input handed to the inflater per step: each step can at most ~1032× expand. */
const INFLATE_STEP = 1024;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The plan without its secrets: the bootstrap token and certificate key emptied, and the tokens
 * that pass-through fields may hold (further bootstrap tokens, a TLS bootstrap token) removed.
 */
export function withoutSecrets(plan: ClusterPlan): ClusterPlan {
  const extras = { ...plan.extras };
  const init = extras.initConfiguration;
  if (init && Array.isArray(init.bootstrapTokens)) {
    const tokens: unknown[] = init.bootstrapTokens.map((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null || !('token' in entry)) return entry;
      const copy: Record<string, unknown> = { ...entry };
      delete copy.token;
      return copy;
    });
    extras.initConfiguration = { ...init, bootstrapTokens: tokens };
  }
  const join = extras.joinConfiguration;
  const discovery = join?.discovery;
  if (
    join &&
    typeof discovery === 'object' &&
    discovery !== null &&
    'tlsBootstrapToken' in discovery
  ) {
    const copy: Record<string, unknown> = { ...discovery };
    delete copy.tlsBootstrapToken;
    extras.joinConfiguration = { ...join, discovery: copy };
  }
  return { ...plan, discovery: { ...plan.discovery, token: '', certificateKey: '' }, extras };
}

/** The bytes as base64url text without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += BASE64URL[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    const digit = BASE64URL.indexOf(char);
    if (digit < 0) return undefined;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Inflates raw DEFLATE data, stopping as soon as the output would pass `max` bytes. */
function inflateLimited(data: Uint8Array, max: number): Uint8Array | 'not_deflate' | 'too_large' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > max) {
      tooLarge = true;
      throw new RangeError('inflated data over the limit');
    }
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_STEP) {
      inflater.push(data.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= data.length);
    }
  } catch {
    return tooLarge ? 'too_large' : 'not_deflate';
  }
  if (!ended) return 'not_deflate';
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The bytes as UTF-8 text; '' (not JSON, so refused as a plan) when they are not UTF-8. */
function utf8Text(bytes: Uint8Array): string {
  try {
    return strFromU8(bytes);
  } catch {
    return '';
  }
}

/**
 * The URL fragment (without `#`) that shares the plan: `plan=` and the plan without secrets as
 * JSON, deflated (level 9) and base64url-encoded without padding.
 */
export function encodeShareFragment(plan: ClusterPlan): string {
  const json = JSON.stringify(withoutSecrets(plan));
  return `${SHARE_PARAM}=${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The value of the `plan` parameter of a fragment (`a=1&plan=…`), if there is one. */
function planParam(fragment: string): string | undefined {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const prefix = `${SHARE_PARAM}=`;
  return body
    .split('&')
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
}

/**
 * Opens a share link's fragment (with or without `#`): refuses fragments over 64 KiB of text,
 * text that is not base64url, data that does not inflate or inflates past 1 MiB, then reads the
 * JSON as a saved plan (same version handling and field checks). A plan from a link never holds
 * secrets, whatever the link says; never throws.
 */
export function decodeShareFragment(fragment: string): {
  plan?: ClusterPlan;
  issues: Issue[];
  secretsOmitted: boolean;
} {
  const refuse = (reason: 'missing' | 'too_long' | 'not_base64' | 'not_deflate' | 'too_large') => {
    const max =
      reason === 'too_long'
        ? SHARE_LIMITS.maxFragmentChars
        : reason === 'too_large'
          ? SHARE_LIMITS.maxJsonBytes
          : undefined;
    const params = max === undefined ? { reason } : { reason, max };
    const issue = makeIssue('share_link', { file: SHARE_LINK_FILE, path: '' }, params);
    return { issues: [issue], secretsOmitted: false };
  };
  if (fragment.length > SHARE_LIMITS.maxFragmentChars) return refuse('too_long');
  const encoded = planParam(fragment);
  if (encoded === undefined || encoded === '') return refuse('missing');
  const bytes = fromBase64Url(encoded);
  if (!bytes) return refuse('not_base64');
  const inflated = inflateLimited(bytes, SHARE_LIMITS.maxJsonBytes);
  if (typeof inflated === 'string') return refuse(inflated);
  const parsed = parsePlanText(SHARE_LINK_FILE, utf8Text(inflated));
  if (!parsed.plan) return { issues: parsed.issues, secretsOmitted: false };
  return { plan: withoutSecrets(parsed.plan), issues: parsed.issues, secretsOmitted: true };
}
