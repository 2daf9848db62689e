import type { ActualShape } from '../issues.ts';

/** True for a plain YAML/JSON mapping (not a list, date, byte string or null). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** What a value is, in the words field_type issues use. */
export function actualShape(value: unknown): ActualShape {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'string';
  if (isMapping(value)) return 'mapping';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'other';
}

/** The value when it is a string (timestamps stay strings: the reader resolves YAML as Go does). */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// Go's time.ParseDuration: an optional sign, then "0" or one or more <number><unit> parts.
const GO_DURATION = /^[-+]?(?:0|(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/u;

/** True when Go's time.ParseDuration (used by metav1.Duration) accepts the text. */
export function isGoDuration(text: string): boolean {
  return GO_DURATION.test(text);
}
