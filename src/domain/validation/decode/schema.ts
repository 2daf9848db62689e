/**
 * A declarative description of the fields kubeadm (and the components it configures) know, used to
 * decode a document the way Go's JSON decoder would: wrong types are fatal, unknown fields are
 * warnings (RULES.md §1, step 1).
 */
export type FieldSpec =
  | {
      readonly type:
        | 'string'
        | 'boolean'
        | 'duration'
        | 'strings'
        | 'stringMap'
        | 'boolMap'
        | 'argList'
        | 'argMap'
        | 'mapping'
        | 'any';
    }
  | { readonly type: 'integer'; readonly min: number; readonly max: number }
  | { readonly type: 'object'; readonly fields: Fields }
  | { readonly type: 'list'; readonly item: FieldSpec; readonly keepNull?: boolean };

/** The known fields of one struct, by JSON name. */
export type Fields = Readonly<Record<string, FieldSpec>>;

export type ObjectSpec = Extract<FieldSpec, { type: 'object' }>;

export const STRING: FieldSpec = { type: 'string' };
export const BOOLEAN: FieldSpec = { type: 'boolean' };
/** A metav1.Duration: a string Go's time.ParseDuration accepts. */
export const DURATION: FieldSpec = { type: 'duration' };
export const INT32: FieldSpec = { type: 'integer', min: -2147483648, max: 2147483647 };
export const STRINGS: FieldSpec = { type: 'strings' };
export const STRING_MAP: FieldSpec = { type: 'stringMap' };
export const BOOL_MAP: FieldSpec = { type: 'boolMap' };
/** v1beta4 extraArgs: a list of {name, value}. */
export const ARG_LIST: FieldSpec = { type: 'argList' };
/** v1beta3 extraArgs: a map of strings, read into the v1beta4 list form. */
export const ARG_MAP: FieldSpec = { type: 'argMap' };
/** A mapping whose contents are not checked. */
export const MAPPING: FieldSpec = { type: 'mapping' };
/** Any value, kept as it is (component fields the domain does not model). */
export const ANY: FieldSpec = { type: 'any' };

/** A struct with these fields. */
export function struct(fields: Fields): ObjectSpec {
  return { type: 'object', fields };
}

/** A list of items; with keepNull, an explicit null is kept (nodeRegistration.taints). */
export function listOf(item: FieldSpec, keepNull = false): FieldSpec {
  return keepNull ? { type: 'list', item, keepNull } : { type: 'list', item };
}
