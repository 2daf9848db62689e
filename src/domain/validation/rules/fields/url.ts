// The parts of Go's net/url.Parse that decide whether kubeadm accepts a CRI socket, a discovery
// file URL or an etcd endpoint (RULES.md §13, §18, §25): scheme, authority and escapes.

/** The pieces of a URL that the field checks look at. */
export interface GoUrl {
  /** Lower-cased, '' when there is none. */
  readonly scheme: string;
  readonly host: string;
  readonly path: string;
  readonly opaque: string;
}

const BAD_ESCAPE = /%(?![0-9a-fA-F]{2})/u;
// Host bytes Go accepts unescaped (shouldEscape in encodeHost mode), plus '%' escapes and non-ASCII.
const HOST_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:[\]<>"%\u0080-\uffff]*$/u;
const USERINFO_CHARS = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/u;

/** Parses like Go's url.Parse; undefined where Go returns an error. */
export function parseGoUrl(text: string): GoUrl | undefined {
  if (typeof text !== 'string' || hasControlCharacter(text)) return undefined;
  const hash = text.indexOf('#');
  const beforeFragment = hash < 0 ? text : text.slice(0, hash);
  const scheme = readScheme(beforeFragment);
  if (scheme === undefined) return undefined;
  let rest = beforeFragment.slice(scheme === '' ? 0 : scheme.length + 1);
  const query = rest.indexOf('?');
  if (query >= 0) rest = rest.slice(0, query);
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { scheme: scheme.toLowerCase(), host: '', path: '', opaque: rest };
    // Go: "first path segment in URL cannot contain colon".
    if ((rest.split('/')[0] ?? '').includes(':')) return undefined;
  }
  let host = '';
  if ((scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash < 0 ? '' : rest.slice(slash);
    const parsedHost = parseAuthority(authority);
    if (parsedHost === undefined) return undefined;
    host = parsedHost;
  }
  if (BAD_ESCAPE.test(rest)) return undefined;
  return { scheme: scheme.toLowerCase(), host, path: rest, opaque: '' };
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

// Go's getScheme: letters, then letters, digits, '+', '-', '.'; a leading ':' is an error.
function readScheme(text: string): string | undefined {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (/[A-Za-z]/u.test(c)) continue;
    if (/[0-9+\-.]/u.test(c)) {
      if (i === 0) return '';
      continue;
    }
    if (c === ':') return i === 0 ? undefined : text.slice(0, i);
    return '';
  }
  return '';
}

function parseAuthority(authority: string): string | undefined {
  const at = authority.lastIndexOf('@');
  if (at >= 0 && !USERINFO_CHARS.test(authority.slice(0, at))) return undefined;
  const host = at < 0 ? authority : authority.slice(at + 1);
  let portPart: string;
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) return undefined;
    portPart = host.slice(close + 1);
  } else {
    const colon = host.lastIndexOf(':');
    portPart = colon < 0 ? '' : host.slice(colon);
  }
  if (portPart !== '' && !/^:\d*$/u.test(portPart)) return undefined;
  if (!HOST_CHARS.test(host) || BAD_ESCAPE.test(host)) return undefined;
  return host;
}
