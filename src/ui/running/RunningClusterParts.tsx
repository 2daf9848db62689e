import { useId } from 'react';
import type {
  IpFamily,
  Issue,
  RunningClusterSummary,
  RunningJoins,
  RunningNode,
} from '../../domain/index.ts';
import { CommandBlock } from '../preview/CommandBlock.tsx';
import { FileView } from '../preview/FileView.tsx';
import { useFormatIssue, useText } from '../text/language.ts';
import { familyName } from '../wizard/fieldPaths.ts';

const FAMILIES: readonly IpFamily[] = ['ipv4', 'ipv6'];

/** Issues shown under the input they are about; `id` is for the input's aria-describedby. */
export function InputIssues({ id, issues }: { id: string; issues: readonly Issue[] }) {
  const uiText = useText();
  const formatIssue = useFormatIssue();
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="import-issues input-issues">
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${issue.path}-${i}`} className={`issue issue--${issue.severity}`}>
          <span className={`badge badge--${issue.severity}`}>{uiText.issues[issue.severity]}</span>{' '}
          {formatIssue(issue)}
        </li>
      ))}
    </ul>
  );
}

/** The running cluster's networking as a definition list: shown, not editable. */
export function ClusterSummary({ summary }: { summary: RunningClusterSummary }) {
  const t = useText().running;
  const value = (text: string, empty = t.notSet) =>
    text ? <code>{text}</code> : <span className="muted">{empty}</span>;
  const rows: [string, React.ReactNode][] = [
    [t.kubernetesVersion, value(summary.kubernetesVersion)],
    [t.apiVersion, value(summary.apiVersion)],
    [t.controlPlaneEndpoint, value(summary.controlPlaneEndpoint)],
    [t.families, summary.families.map(familyName).join(', ')],
    ...summary.families.flatMap((f): [string, React.ReactNode][] => [
      [t.podSubnet(familyName(f)), value(summary.podSubnet[f])],
      [t.serviceSubnet(familyName(f)), value(summary.serviceSubnet[f])],
      [t.nodeMask(familyName(f)), value(summary.nodeMask[f], t.byDefault)],
    ]),
    [t.dnsDomain, value(summary.dnsDomain, t.byDefault)],
  ];
  return (
    <section aria-labelledby="running-summary">
      <h3 id="running-summary">{t.summary}</h3>
      <p className="field__help">{t.summaryNote}</p>
      <dl className="summary-list">
        {rows.map(([term, description]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
      <RunningNodes nodes={summary.nodes} />
    </section>
  );
}

function RunningNodes({ nodes }: { nodes: readonly RunningNode[] }) {
  const uiText = useText();
  const t = uiText.running;
  const id = useId();
  if (nodes.length === 0) return <p className="muted">{t.noRunningNodes}</p>;
  const ips = (values: readonly string[]) =>
    values.length > 0 ? values.join(', ') : <span className="muted">—</span>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="nodes">
        <caption id={`${id}-caption`}>{t.runningNodes}</caption>
        <thead>
          <tr>
            <th scope="col">{uiText.nodes.name}</th>
            <th scope="col">{uiText.nodes.role}</th>
            {FAMILIES.map((f) => (
              <th key={f} scope="col">
                {uiText.nodes.ip(familyName(f))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nodes.map((node, i) => (
            <tr key={`${node.name}-${i}`}>
              <th scope="row">{node.name}</th>
              <td>
                {node.role === 'control-plane'
                  ? uiText.nodes.roleControlPlane
                  : uiText.nodes.roleWorker}
              </td>
              {FAMILIES.map((f) => (
                <td key={f}>{ips(node.ips[f])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The secret commands, every join file with its download and its command, and the other issues. */
export function JoinResults({
  joins,
  names,
  findings,
}: {
  joins: RunningJoins;
  /** Each new node's name, for the join command's note. */
  names: readonly string[];
  findings: readonly Issue[];
}) {
  const uiText = useText();
  const t = uiText.running;
  const errors = joins.issues.filter((i) => i.severity === 'error').length;
  return (
    <>
      <section aria-labelledby="running-secrets">
        <h3 id="running-secrets">{t.secrets}</h3>
        {joins.secrets.map((secret) => (
          <CommandBlock
            key={secret.kind}
            title={t.secretTitle[secret.kind]}
            command={secret.command}
            what={t.secretTitle[secret.kind]}
            copyLabel={uiText.preview.copyCommand}
            note={t.secretNote[secret.kind]}
          />
        ))}
      </section>
      <section aria-labelledby="running-results">
        <h3 id="running-results">{t.results}</h3>
        <p className={errors > 0 ? 'field__error' : 'issues__none'}>
          {errors > 0 ? t.withErrors(errors) : t.clean(joins.files.length)}
        </p>
        {findings.length > 0 && (
          <>
            <h4>{t.findings}</h4>
            <InputIssues id="running-findings" issues={findings} />
          </>
        )}
        {joins.files.map((file) => (
          <div key={file.name}>
            <FileView file={file} headingLevel={4} />
            <CommandBlock
              title={t.joinCommand(file.name)}
              command={file.command}
              what={t.joinCommand(file.name)}
              copyLabel={uiText.preview.copyCommand}
              note={t.joinNote(file.name, names[file.node]?.trim() ?? '')}
            />
          </div>
        ))}
      </section>
    </>
  );
}
