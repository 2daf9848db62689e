import type { ComponentKind } from '../../kubeadm/documents.ts';
import { KUBE_PROXY_FIELDS, KUBELET_FIELDS } from './component-fields.ts';
import {
  ANY,
  BOOL_MAP,
  BOOLEAN,
  STRING,
  STRINGS,
  struct,
  type Fields,
  type ObjectSpec,
} from './schema.ts';

/** Every field in the list, kept as it is. */
function untyped(names: readonly string[]): Fields {
  return Object.fromEntries(names.map((name) => [name, ANY]));
}

const TYPE_META: Fields = { apiVersion: STRING, kind: STRING };

/**
 * The top-level fields of a component config kubeadm passes on: the ones the domain models are
 * type-checked, the others only recognised (an unrecognised one is an unknown_field warning).
 */
export function componentSchema(kind: ComponentKind): ObjectSpec {
  switch (kind) {
    case 'KubeletConfiguration':
      return struct({
        ...TYPE_META,
        ...untyped(KUBELET_FIELDS),
        address: STRING,
        healthzBindAddress: STRING,
        clusterDomain: STRING,
        clusterDNS: STRINGS,
        cgroupDriver: STRING,
        featureGates: BOOL_MAP,
        failSwapOn: BOOLEAN,
      });
    case 'KubeProxyConfiguration':
      return struct({
        ...TYPE_META,
        ...untyped(KUBE_PROXY_FIELDS),
        bindAddress: STRING,
        mode: STRING,
        clusterCIDR: STRING,
        featureGates: BOOL_MAP,
      });
  }
}
