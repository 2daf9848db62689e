import { useId, useState } from 'react';
import { PastePanel, sizeGuardedInput } from '../fields/PastePanel.tsx';
import type { Diagnosis, Issue, IpFamily, NodeReport, PodsReport } from '../../domain/index.ts';
import { loadEngine, useEngine } from '../hooks/engine.ts';
import { useFormatIssue, useText } from '../text/language.ts';
import { familyName } from '../wizard/fieldPaths.ts';

export interface DiagnosePanelProps {
  onClose: () => void;
}

const NODES_FILE = 'nodes.json';
const CONFIG_FILE = 'kubeadm-config.yaml';
const PODS_FILE = 'pods';
const SERVICES_FILE = 'services.yaml';
const FAMILIES: readonly IpFamily[] = ['ipv4', 'ipv6'];

type Shown = Pick<Diagnosis, 'nodes' | 'issues' | 'pods'> & { refused: boolean };

/**
 * Paste `kubectl get nodes -o json` (and optionally the kubeadm config, the pods and Services): per
 * node what it has and its pods' IPs, and what is wrong.
 */
export function DiagnosePanel({ onClose }: DiagnosePanelProps) {
  const uiText = useText();
  const t = uiText.diagnose;
  const id = useId();
  const engine = useEngine();
  const [nodesText, setNodesText] = useState('');
  const [configText, setConfigText] = useState('');
  const [podsText, setPodsText] = useState('');
  const [servicesText, setServicesText] = useState('');
  const [shown, setShown] = useState<Shown | undefined>();
  const [message, setMessage] = useState('');

  const accept = sizeGuardedInput(engine, (problem) => {
    setShown({ nodes: [], issues: [problem], refused: true });
    setMessage(t.refused);
  });

  const run = async () => {
    if (!nodesText.trim()) {
      setShown(undefined);
      return setMessage(t.noInput);
    }
    const { diagnoseNodes } = engine ?? (await loadEngine());
    const optional = (name: string, text: string) => (text.trim() ? { name, text } : undefined);
    const diagnosis = diagnoseNodes(
      { name: NODES_FILE, text: nodesText },
      optional(CONFIG_FILE, configText),
      { pods: optional(PODS_FILE, podsText), services: optional(SERVICES_FILE, servicesText) },
    );
    const { nodes, issues, pods } = diagnosis;
    setShown({ nodes, issues, ...(pods ? { pods } : {}), refused: false });
    setMessage(t.summary(diagnosis.nodes.length, diagnosis.issues.length));
  };

  return (
    <PastePanel
      text={t}
      onRun={() => void run()}
      onClose={onClose}
      message={message}
      results={
        <>
          {shown && shown.nodes.length > 0 && <NodeTable nodes={shown.nodes} />}
          {shown?.pods && shown.pods.nodes.length > 0 && <PodTable pods={shown.pods} />}
          {shown && shown.issues.length > 0 && <Findings shown={shown} />}
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-nodes`}>{t.nodes}</label>
        <textarea
          id={`${id}-nodes`}
          rows={8}
          required
          value={nodesText}
          spellCheck={false}
          onChange={(e) => accept(NODES_FILE, e.target.value, setNodesText)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-config`}>{t.config}</label>
        <textarea
          id={`${id}-config`}
          rows={6}
          value={configText}
          spellCheck={false}
          aria-describedby={`${id}-config-help`}
          onChange={(e) => accept(CONFIG_FILE, e.target.value, setConfigText)}
        />
        <p id={`${id}-config-help`} className="field__help">
          {t.configHelp}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-pods`}>{t.pods}</label>
        <textarea
          id={`${id}-pods`}
          rows={6}
          value={podsText}
          spellCheck={false}
          aria-describedby={`${id}-pods-help`}
          onChange={(e) => accept(PODS_FILE, e.target.value, setPodsText)}
        />
        <p id={`${id}-pods-help`} className="field__help">
          {t.podsHelp}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-services`}>{t.services}</label>
        <textarea
          id={`${id}-services`}
          rows={6}
          value={servicesText}
          spellCheck={false}
          aria-describedby={`${id}-services-help`}
          onChange={(e) => accept(SERVICES_FILE, e.target.value, setServicesText)}
        />
        <p id={`${id}-services-help`} className="field__help">
          {t.servicesHelp}
        </p>
      </div>
    </PastePanel>
  );
}

function NodeTable({ nodes }: { nodes: readonly NodeReport[] }) {
  const t = useText().diagnose;
  const id = useId();
  const cell = (values: readonly string[]) =>
    values.length > 0 ? values.join(', ') : <span className="muted">{t.none}</span>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="nodes">
        <caption id={`${id}-caption`} className="visually-hidden">
          {t.table}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            {FAMILIES.map((f) => (
              <th key={`ip-${f}`} scope="col">
                {t.ips(familyName(f))}
              </th>
            ))}
            {FAMILIES.map((f) => (
              <th key={`cidr-${f}`} scope="col">
                {t.cidrs(familyName(f))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => (
            <tr key={node.index}>
              <th scope="row">{node.name}</th>
              {FAMILIES.map((f) => (
                <td key={`ip-${f}`}>{cell(node.internalIps[f])}</td>
              ))}
              {FAMILIES.map((f) => (
                <td key={`cidr-${f}`}>{cell(node.podCidrs[f])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What a finding is about: the Service or node it names, a node by the `items.<index>` of its path
 * in the nodes, else its file.
 */
function useSubject(nodes: readonly NodeReport[]): (issue: Issue) => string {
  const uiText = useText();
  return (issue) => {
    if ('service' in issue.params) return issue.params.service;
    if ('node' in issue.params) return issue.params.node;
    const match = /^items\.(\d+)/.exec(issue.path);
    if (match && issue.file === NODES_FILE) {
      const index = Number(match[1]);
      return nodes.find((n) => n.index === index)?.name ?? uiText.diagnose.entry(index + 1);
    }
    return uiText.issues.inFile(issue.file ?? NODES_FILE);
  };
}

function PodTable({ pods }: { pods: PodsReport }) {
  const t = useText().diagnose;
  const id = useId();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table
        className="nodes"
        aria-describedby={pods.source === 'table' ? `${id}-note` : undefined}
      >
        <caption id={`${id}-caption`} className="visually-hidden">
          {t.podsTable}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.podCount}</th>
            <th scope="col">{t.hostNetwork}</th>
            {FAMILIES.map((f) => (
              <th key={f} scope="col">
                {t.podIps(familyName(f))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pods.nodes.map((node) => (
            <tr key={node.node}>
              <th scope="row">{node.node || <span className="muted">{t.unscheduled}</span>}</th>
              <td>{node.pods}</td>
              <td>{node.hostNetwork}</td>
              {FAMILIES.map((f) => (
                <td key={f}>{node.withIp[f]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pods.source === 'table' && (
        <p id={`${id}-note`} className="field__help">
          {t.podsFromTable}
        </p>
      )}
    </div>
  );
}

function Findings({ shown }: { shown: Shown }) {
  const uiText = useText();
  const formatIssue = useFormatIssue();
  const subject = useSubject(shown.nodes);
  return (
    <>
      <h3>{uiText.diagnose.findings}</h3>
      <ul className="import-issues">
        {shown.issues.map((issue, i) => (
          <li key={`${issue.code}-${i}`} className={`issue issue--${issue.severity}`}>
            <span className={`badge badge--${issue.severity}`}>
              {uiText.issues[issue.severity]}
            </span>{' '}
            <strong>{subject(issue)}</strong>: {formatIssue(issue)}
          </li>
        ))}
      </ul>
    </>
  );
}
