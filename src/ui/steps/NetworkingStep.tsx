import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  fieldDefault,
  stackFamilies,
  suggestUlaSubnets,
  type ClusterPlan,
  type StackMode,
} from '../../domain/index.ts';
import { randomBytes } from '../browser/random.ts';
import { TextField } from '../fields/TextField.tsx';
import { useText } from '../text/language.ts';
import { familyName } from '../wizard/fieldPaths.ts';
import { CapacityTable } from './CapacityTable.tsx';

import type { UiText } from '../text/en.ts';

const stacks = (uiText: UiText): readonly { value: StackMode; label: string }[] => [
  { value: 'ipv4', label: uiText.networking.stackIpv4 },
  { value: 'ipv6', label: uiText.networking.stackIpv6 },
  { value: 'dual-ipv4-primary', label: uiText.networking.stackDualIpv4 },
  { value: 'dual-ipv6-primary', label: uiText.networking.stackDualIpv6 },
];

export function NetworkingStep() {
  const uiText = useText();
  const t = uiText.networking;
  const { control, register, setValue } = useFormContext<ClusterPlan>();
  const stack = useWatch({ control, name: 'networking.stack' });
  const families = stackFamilies(stack);
  const [generated, setGenerated] = useState('');
  const helpId = useId();
  const dnsDefault = String(fieldDefault('networking.dnsDomain'));

  const generateUla = () => {
    const suggestion = suggestUlaSubnets(randomBytes(5));
    const options = { shouldDirty: true, shouldValidate: true } as const;
    setValue('networking.podSubnet.ipv6', suggestion.podSubnet, options);
    setValue('networking.serviceSubnet.ipv6', suggestion.serviceSubnet, options);
    setGenerated(t.generatedUla(suggestion.prefix));
  };

  return (
    <>
      <fieldset className="field" aria-describedby={helpId}>
        <legend>{t.stack}</legend>
        <div className="choices">
          {stacks(uiText).map((option) => (
            <label key={option.value} className="choice">
              <input type="radio" value={option.value} {...register('networking.stack')} />{' '}
              {option.label}
            </label>
          ))}
        </div>
        <p id={helpId} className="field__help">
          {t.stackHelp}
        </p>
      </fieldset>
      <p className="advice-box">{t.addressAdvice}</p>
      {families.map((family) => (
        <div key={family} className="family-group">
          <TextField
            name={`networking.podSubnet.${family}`}
            label={t.podSubnet(familyName(family))}
          />
          <TextField
            name={`networking.serviceSubnet.${family}`}
            label={t.serviceSubnet(familyName(family))}
          />
          <TextField
            name={`networking.nodeMask.${family}`}
            label={t.nodeMask(familyName(family))}
            help={t.nodeMaskHelp(Number(fieldDefault(`networking.nodeMask.${family}`)))}
            inputMode="numeric"
          />
        </div>
      ))}
      {families.includes('ipv6') && (
        <div className="actions-inline">
          <button type="button" className="button" onClick={generateUla}>
            {t.generateUla}
          </button>
          <p role="status" className="status">
            {generated}
          </p>
        </div>
      )}
      <TextField
        name="networking.dnsDomain"
        label={t.dnsDomain}
        help={t.dnsDomainHelp(dnsDefault)}
        placeholder={dnsDefault}
      />
      <CapacityTable />
    </>
  );
}
