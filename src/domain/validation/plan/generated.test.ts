// What the plan generates for the user (bootstrap tokens, certificate keys, ULA subnets) passes the
// rules that check those fields. These checks live here, not beside plan/'s own tests, because
// plan/ sits below validation/ and may not import it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_MASK_DEFAULT } from '../../kubeadm/flags.ts';
import {
  BOOTSTRAP_TOKEN_RANDOM_BYTES,
  generateBootstrapToken,
  generateCertificateKey,
} from '../../plan/secrets.ts';
import { suggestUlaSubnets } from '../../plan/suggest.ts';
import { hasErrors } from '../issues.ts';
import { checkCidrList, checkPodSubnetNodeMasks } from '../rules/fields/index.ts';
import { checkBootstrapToken, checkCertificateKey } from '../rules/fields/secrets.ts';

describe('generateBootstrapToken', () => {
  it('makes tokens the domain validator accepts from any sufficient random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: BOOTSTRAP_TOKEN_RANDOM_BYTES, maxLength: 64 }),
        (b) => {
          let token: string;
          try {
            token = generateBootstrapToken(b);
          } catch (error) {
            // Only a run of rejected bytes long enough to leave fewer than 22 may fail.
            expect(error).toBeInstanceOf(RangeError);
            return;
          }
          expect(checkBootstrapToken(token, 'token')).toEqual([]);
        },
      ),
    );
  });
});

describe('generateCertificateKey', () => {
  it('makes keys the domain validator accepts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 48 }), (bytes) => {
        expect(checkCertificateKey(generateCertificateKey(bytes))).toEqual([]);
      }),
    );
  });
});

describe('suggestUlaSubnets', () => {
  it('gives subnets that pass the pod rules at the default node mask and the service rules', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 32 }), (bytes) => {
        const s = suggestUlaSubnets(bytes);
        const pod = checkCidrList(s.podSubnet, 'pod');
        expect(pod.issues).toEqual([]);
        expect(hasErrors(checkPodSubnetNodeMasks(pod.cidrs, NODE_MASK_DEFAULT))).toBe(false);
        expect(checkCidrList(s.serviceSubnet, 'service').issues).toEqual([]);
      }),
    );
  });
});
