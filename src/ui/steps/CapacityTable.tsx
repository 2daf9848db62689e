import { planCapacity } from '../../domain/index.ts';
import { useText } from '../text/language.ts';
import { familyName } from '../wizard/fieldPaths.ts';
import { useOutputs } from '../wizard/outputsContext.ts';

const count = (value: bigint | undefined, missing: string) =>
  value === undefined ? missing : value.toLocaleString('en');

/** Per-family capacity figures next to the networking fields (SPEC §2.1). */
export function CapacityTable() {
  const uiText = useText();
  const { plan } = useOutputs();
  const t = uiText.networking;
  return (
    <div className="capacity">
      {planCapacity(plan).map((c) => (
        <table key={c.family} className="capacity__table">
          <caption>{t.capacityTitle(familyName(c.family))}</caption>
          <tbody>
            <tr>
              <th scope="row">{t.podsPerNode}</th>
              <td>{count(c.podsPerNode, t.notAvailable)}</td>
            </tr>
            <tr>
              <th scope="row">{t.maxNodes}</th>
              <td>
                {count(c.maxNodes, t.notAvailable)}
                {c.fits !== undefined && (
                  <span className={c.fits ? 'fit fit--ok' : 'fit fit--bad'}>
                    {' '}
                    {c.fits ? t.fits(c.nodesPlanned) : t.doesNotFit(c.nodesPlanned)}
                  </span>
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">{t.serviceIps}</th>
              <td>{count(c.serviceAddresses, t.notAvailable)}</td>
            </tr>
            <tr>
              <th scope="row">{t.kubernetesServiceIp}</th>
              <td>{c.kubernetesServiceIp ?? t.notAvailable}</td>
            </tr>
            <tr>
              <th scope="row">{t.clusterDnsIp}</th>
              <td>{c.clusterDnsIp ?? t.notAvailable}</td>
            </tr>
          </tbody>
        </table>
      ))}
    </div>
  );
}
