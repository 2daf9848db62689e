import { useFormContext } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/core.ts';
import { LinesField } from '../fields/LinesField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useText } from '../text/language.ts';

import type { UiText } from '../text/en.ts';

const criPresets = (uiText: UiText) => [
  { label: uiText.cluster.criDetect, value: '' },
  { label: uiText.cluster.criContainerd, value: 'unix:///var/run/containerd/containerd.sock' },
  { label: uiText.cluster.criCrio, value: 'unix:///var/run/crio/crio.sock' },
  { label: uiText.cluster.criDockerd, value: 'unix:///var/run/cri-dockerd.sock' },
];

export function ClusterStep() {
  const uiText = useText();
  const { setValue } = useFormContext<ClusterPlan>();
  const t = uiText.cluster;
  return (
    <>
      <TextField
        name="kubernetesVersion"
        label={t.kubernetesVersion}
        help={t.kubernetesVersionHelp}
        placeholder="v1.35.0"
      />
      <SelectField
        name="apiVersion"
        label={t.apiVersion}
        help={t.apiVersionHelp}
        options={[
          { value: 'v1beta4', label: t.apiVersionV1beta4 },
          { value: 'v1beta3', label: t.apiVersionV1beta3 },
        ]}
      />
      <TextField
        name="clusterName"
        label={t.clusterName}
        help={t.clusterNameHelp}
        placeholder="kubernetes"
      />
      <TextField
        name="controlPlaneEndpoint"
        label={t.controlPlaneEndpoint}
        help={t.controlPlaneEndpointHelp}
        placeholder="k8s-api.example.internal:6443"
      />
      <LinesField name="certSANs" label={t.certSANs} help={t.certSANsHelp} />
      <TextField
        name="criSocket"
        label={t.criSocket}
        help={t.criSocketHelp}
        placeholder="unix:///var/run/containerd/containerd.sock"
      />
      <div className="presets" role="group" aria-label={t.criSocketPresets}>
        {criPresets(uiText).map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="button button--small"
            onClick={() =>
              setValue('criSocket', preset.value, { shouldDirty: true, shouldValidate: true })
            }
          >
            {preset.label}
          </button>
        ))}
      </div>
    </>
  );
}
