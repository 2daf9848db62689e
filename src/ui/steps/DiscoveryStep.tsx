import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  discoveryEndpoint,
  generateBootstrapToken,
  generateCertificateKey,
  caCertHashCommand,
  type ClusterPlan,
} from '../../domain/index.ts';
import { randomBytes } from '../browser/random.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { LinesField } from '../fields/LinesField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { CommandBlock } from '../preview/CommandBlock.tsx';
import { useText } from '../text/language.ts';
import { useOutputs } from '../wizard/outputsContext.ts';

/** Bytes enough for a token by rejection sampling (22 characters; most bytes are kept). */
const TOKEN_RANDOM_BYTES = 64;

export function DiscoveryStep() {
  const uiText = useText();
  const t = uiText.discovery;
  const { setValue } = useFormContext<ClusterPlan>();
  const { plan } = useOutputs();
  const [status, setStatus] = useState('');
  const derived =
    plan.discovery.apiServerEndpoint.trim() === '' ? (discoveryEndpoint(plan)?.value ?? '') : '';
  const set = (
    name: 'discovery.token' | 'discovery.certificateKey',
    value: string,
    what: string,
  ) => {
    setValue(name, value, { shouldDirty: true, shouldValidate: true });
    setStatus(t.generated(what));
  };
  return (
    <>
      <p>{t.intro}</p>
      <TextField
        name="discovery.apiServerEndpoint"
        label={t.endpoint}
        help={t.endpointHelp(derived)}
        placeholder={derived}
      />
      <TextField
        name="discovery.token"
        label={t.token}
        help={t.tokenHelp}
        placeholder="abcdef.0123456789abcdef"
      />
      <div className="presets">
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            set('discovery.token', generateBootstrapToken(randomBytes(TOKEN_RANDOM_BYTES)), t.token)
          }
        >
          {t.generateToken}
        </button>
      </div>
      <TextField
        name="discovery.tokenTtl"
        label={t.tokenTtl}
        help={t.tokenTtlHelp}
        placeholder="24h"
      />
      <LinesField name="discovery.caCertHashes" label={t.caCertHashes} help={t.caCertHashesHelp} />
      <CommandBlock
        title={t.opensslCommand}
        what={t.opensslCommand}
        copyLabel={uiText.preview.copyCommand}
        command={caCertHashCommand()}
      />
      <CheckboxField name="discovery.unsafeSkipCAVerification" label={t.unsafeSkip} />
      <TextField
        name="discovery.certificateKey"
        label={t.certificateKey}
        help={t.certificateKeyHelp}
      />
      <div className="presets">
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            set(
              'discovery.certificateKey',
              generateCertificateKey(randomBytes(32)),
              t.certificateKey,
            )
          }
        >
          {t.generateKey}
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </>
  );
}
