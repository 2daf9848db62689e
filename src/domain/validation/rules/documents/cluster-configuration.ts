import type { Arg, ClusterConfiguration } from '../../../kubeadm/documents.ts';
import type { Issue } from '../../issues.ts';
import {
  checkAbsolutePath,
  checkCertSan,
  checkControlPlaneEndpoint,
  checkEncryptionAlgorithm,
  checkEtcd,
  checkExtraArgs,
  checkFeatureGates,
  checkImageRepository,
  checkKubernetesVersion,
} from '../fields/index.ts';
import { apiVersionOf, isPresent, isSet, placeAt, type DocumentContext } from './context.ts';
import { checkNetworking } from './networking.ts';

const COMPONENTS = ['apiServer', 'controllerManager', 'scheduler'] as const;

/** Checks every field of a ClusterConfiguration that kubeadm validates, at kubeadm's paths. */
export function checkClusterConfiguration(
  doc: ClusterConfiguration,
  ctx: DocumentContext,
): Issue[] {
  return [
    ...checkNetworking(doc, ctx),
    ...checkClusterFields(doc, ctx),
    ...checkApiServerSans(doc.apiServer?.certSANs, ctx),
    ...checkComponentArgs(doc, ctx),
  ];
}

function checkClusterFields(doc: ClusterConfiguration, ctx: DocumentContext): Issue[] {
  const issues: Issue[] = [];
  if (isSet(doc.controlPlaneEndpoint)) {
    issues.push(
      ...placeAt(checkControlPlaneEndpoint(doc.controlPlaneEndpoint), ctx, 'controlPlaneEndpoint'),
    );
  }
  if (isSet(doc.kubernetesVersion)) {
    issues.push(
      ...placeAt(
        checkKubernetesVersion(doc.kubernetesVersion, apiVersionOf(ctx.apiVersion)),
        ctx,
        'kubernetesVersion',
      ),
    );
  }
  const version = ctx.kubernetesVersion ?? doc.kubernetesVersion;
  if (isPresent(doc.featureGates)) {
    issues.push(...placeAt(checkFeatureGates(doc.featureGates, version), ctx, 'featureGates'));
  }
  // encryptionAlgorithm is a v1beta4 field; in v1beta3 the reader reports it as unknown.
  if (isSet(doc.encryptionAlgorithm) && apiVersionOf(ctx.apiVersion) === 'v1beta4') {
    issues.push(
      ...placeAt(
        checkEncryptionAlgorithm(doc.encryptionAlgorithm, version),
        ctx,
        'encryptionAlgorithm',
      ),
    );
  }
  if (isSet(doc.imageRepository)) {
    issues.push(...placeAt(checkImageRepository(doc.imageRepository), ctx, 'imageRepository'));
  }
  if (isSet(doc.certificatesDir)) {
    issues.push(...placeAt(checkAbsolutePath(doc.certificatesDir), ctx, 'certificatesDir'));
  }
  if (isPresent(doc.etcd)) issues.push(...placeAt(checkEtcd(doc.etcd), ctx, 'etcd'));
  return issues;
}

function checkApiServerSans(sans: readonly string[] | undefined, ctx: DocumentContext): Issue[] {
  if (!Array.isArray(sans)) return [];
  return (sans as readonly string[]).flatMap((san, i) =>
    placeAt(checkCertSan(san), ctx, `apiServer.certSANs.${i}`),
  );
}

function checkComponentArgs(doc: ClusterConfiguration, ctx: DocumentContext): Issue[] {
  return COMPONENTS.flatMap((component) => {
    const args: Arg[] | undefined = doc[component]?.extraArgs;
    return Array.isArray(args)
      ? placeAt(checkExtraArgs(args, component), ctx, `${component}.extraArgs`)
      : [];
  });
}
