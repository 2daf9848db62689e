import { useFormContext, useWatch } from 'react-hook-form';
import { fieldDefault, stackFamilies, type ClusterPlan } from '../../domain/index.ts';
import { TextField } from '../fields/TextField.tsx';
import { useText } from '../text/language.ts';
import { familyName } from '../wizard/fieldPaths.ts';

export function ControlPlaneStep() {
  const uiText = useText();
  const port = String(fieldDefault('nodes.0.bindPort'));
  const t = uiText.controlPlane;
  const { control } = useFormContext<ClusterPlan>();
  const families = stackFamilies(useWatch({ control, name: 'networking.stack' }));
  return (
    <>
      <p>{t.intro}</p>
      <TextField name="nodes.0.name" label={t.name} help={t.nameHelp} placeholder="cp-1" />
      {families.map((family) => (
        <TextField
          key={family}
          name={`nodes.0.ips.${family}`}
          label={t.nodeIp(familyName(family))}
          help={t.nodeIpHelp}
        />
      ))}
      <TextField
        name="nodes.0.advertiseAddress"
        label={t.advertiseAddress}
        help={t.advertiseAddressHelp}
      />
      <TextField
        name="nodes.0.bindPort"
        label={t.bindPort}
        help={t.bindPortHelp(Number(port))}
        placeholder={port}
        inputMode="numeric"
      />
    </>
  );
}
