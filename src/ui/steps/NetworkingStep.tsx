import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  fieldDefault,
  splitFamilyPair,
  stackFamilies,
  suggestUlaSubnets,
  type ClusterPlan,
  type IpFamily,
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
  const [split, setSplit] = useState('');
  const helpId = useId();
  const dnsDefault = String(fieldDefault('networking.dnsDomain'));

  const generateUla = () => {
    const suggestion = suggestUlaSubnets(randomBytes(5));
    const options = { shouldDirty: true, shouldValidate: true } as const;
    setValue('networking.podSubnet.ipv6', suggestion.podSubnet, options);
    setValue('networking.serviceSubnet.ipv6', suggestion.serviceSubnet, options);
    setGenerated(t.generatedUla(suggestion.prefix));
  };

  /** A comma pair typed or pasted into one family's subnet field goes to both fields, dual-stack. */
  const splitInto = (subnet: 'pod' | 'service', family: IpFamily) => (text: string) => {
    const key = subnet === 'pod' ? 'podSubnet' : 'serviceSubnet';
    const options = { shouldDirty: true, shouldValidate: true } as const;
    const pair = splitFamilyPair(text, 'cidr');
    if (!pair?.ok) {
      // The field keeps what was written and says, on itself, why it cannot be split.
      setValue(`networking.${key}.${family}`, text, options);
      setSplit('');
      return;
    }
    setValue('networking.stack', pair.stack, { shouldDirty: true });
    setValue(`networking.${key}.ipv4`, pair.ipv4, options);
    setValue(`networking.${key}.ipv6`, pair.ipv6, options);
    setSplit(
      t.pairSplit(subnet === 'pod' ? t.podSubnets : t.serviceSubnets, familyName(pair.primary)),
    );
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
      <p role="status" className="status">
        {split}
      </p>
      {families.map((family) => (
        <div key={family} className="family-group">
          <TextField
            name={`networking.podSubnet.${family}`}
            label={t.podSubnet(familyName(family))}
            onList={splitInto('pod', family)}
          />
          <TextField
            name={`networking.serviceSubnet.${family}`}
            label={t.serviceSubnet(familyName(family))}
            onList={splitInto('service', family)}
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
