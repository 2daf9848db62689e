import type { KubeadmApiVersion, KubeadmKind } from '../../kubeadm/documents.ts';
import {
  ARG_LIST,
  ARG_MAP,
  BOOL_MAP,
  BOOLEAN,
  DURATION,
  INT32,
  listOf,
  MAPPING,
  STRING,
  STRINGS,
  struct,
  type Fields,
  type ObjectSpec,
} from './schema.ts';

/**
 * Every field of the kubeadm v1beta3 and v1beta4 Init/Cluster/JoinConfiguration kinds, from
 * cmd/kubeadm/app/apis/kubeadm/{v1beta3,v1beta4}/types.go and the kubeadm-config reference pages.
 * A field of the other version is unknown here, as it is to kubeadm (RULES.md §22).
 */
export function kubeadmSchema(version: KubeadmApiVersion, kind: KubeadmKind): ObjectSpec {
  const v4 = version === 'v1beta4';
  // Fields new in v1beta4 go through `only`; v1beta3 fields that v1beta4 moved go through `before`.
  const only = (fields: Fields): Fields => (v4 ? fields : {});
  const before = (fields: Fields): Fields => (v4 ? {} : fields);

  const args = v4 ? ARG_LIST : ARG_MAP;
  const envVar = struct({ name: STRING, value: STRING, valueFrom: MAPPING });
  const hostPathMount = struct({
    name: STRING,
    hostPath: STRING,
    mountPath: STRING,
    readOnly: BOOLEAN,
    pathType: STRING,
  });
  const component: Fields = {
    extraArgs: args,
    extraVolumes: listOf(hostPathMount),
    ...only({ extraEnvs: listOf(envVar) }),
  };
  const imageMeta: Fields = { imageRepository: STRING, imageTag: STRING };
  const typeMeta: Fields = { apiVersion: STRING, kind: STRING };
  const taint = struct({ key: STRING, value: STRING, effect: STRING, timeAdded: STRING });
  const nodeRegistration = struct({
    name: STRING,
    criSocket: STRING,
    taints: listOf(taint, true),
    kubeletExtraArgs: args,
    ignorePreflightErrors: STRINGS,
    imagePullPolicy: STRING,
    ...only({ imagePullSerial: BOOLEAN }),
  });
  const apiEndpoint = struct({ advertiseAddress: STRING, bindPort: INT32 });
  const patches = struct({ directory: STRING });
  const timeouts = struct({
    controlPlaneComponentHealthCheck: DURATION,
    kubeletHealthCheck: DURATION,
    kubernetesAPICall: DURATION,
    etcdAPICall: DURATION,
    tlsBootstrap: DURATION,
    discovery: DURATION,
    upgradeManifests: DURATION,
  });

  switch (kind) {
    case 'ClusterConfiguration':
      return struct({
        ...typeMeta,
        etcd: struct({
          local: struct({
            ...imageMeta,
            dataDir: STRING,
            extraArgs: args,
            ...only({ extraEnvs: listOf(envVar) }),
            serverCertSANs: STRINGS,
            peerCertSANs: STRINGS,
          }),
          external: struct({
            endpoints: STRINGS,
            ...only({ httpEndpoints: STRINGS }),
            caFile: STRING,
            certFile: STRING,
            keyFile: STRING,
          }),
        }),
        networking: struct({ serviceSubnet: STRING, podSubnet: STRING, dnsDomain: STRING }),
        kubernetesVersion: STRING,
        controlPlaneEndpoint: STRING,
        apiServer: struct({
          ...component,
          certSANs: STRINGS,
          ...before({ timeoutForControlPlane: DURATION }),
        }),
        controllerManager: struct(component),
        scheduler: struct(component),
        dns: struct({ ...imageMeta, ...only({ disabled: BOOLEAN }) }),
        ...only({ proxy: struct({ disabled: BOOLEAN }) }),
        certificatesDir: STRING,
        imageRepository: STRING,
        featureGates: BOOL_MAP,
        clusterName: STRING,
        ...only({
          encryptionAlgorithm: STRING,
          certificateValidityPeriod: DURATION,
          caCertificateValidityPeriod: DURATION,
        }),
      });
    case 'InitConfiguration':
      return struct({
        ...typeMeta,
        bootstrapTokens: listOf(
          struct({
            token: STRING,
            description: STRING,
            ttl: DURATION,
            expires: STRING,
            usages: STRINGS,
            groups: STRINGS,
          }),
        ),
        ...only({ dryRun: BOOLEAN }),
        nodeRegistration,
        localAPIEndpoint: apiEndpoint,
        certificateKey: STRING,
        skipPhases: STRINGS,
        patches,
        ...only({ timeouts }),
      });
    case 'JoinConfiguration':
      return struct({
        ...typeMeta,
        ...only({ dryRun: BOOLEAN }),
        nodeRegistration,
        caCertPath: STRING,
        discovery: struct({
          bootstrapToken: struct({
            token: STRING,
            apiServerEndpoint: STRING,
            caCertHashes: STRINGS,
            unsafeSkipCAVerification: BOOLEAN,
          }),
          file: struct({ kubeConfigPath: STRING }),
          tlsBootstrapToken: STRING,
          ...before({ timeout: DURATION }),
        }),
        controlPlane: struct({ localAPIEndpoint: apiEndpoint, certificateKey: STRING }),
        skipPhases: STRINGS,
        patches,
        ...only({ timeouts }),
      });
  }
}
