import { useId, useState } from 'react';
import { PastePanel } from '../fields/PastePanel.tsx';
import type { Diagnosis, Issue, IpFamily, NodeReport } from '../../domain/index.ts';
import { loadEngine, useEngine } from '../hooks/engine.ts';
import { useFormatIssue, useText } from '../text/language.ts';
import { familyName } from '../wizard/fieldPaths.ts';

export interface DiagnosePanelProps {
  onClose: () => void;
}

const NODES_FILE = 'nodes.json';
const CONFIG_FILE = 'kubeadm-config.yaml';
const FAMILIES: readonly IpFamily[] = ['ipv4', 'ipv6'];

type Shown = Pick<Diagnosis, 'nodes' | 'issues'> & { refused: boolean };

/** Paste `kubectl get nodes -o json` (and optionally the kubeadm config): per node what it has, and what is wrong. */
export function DiagnosePanel({ onClose }: DiagnosePanelProps) {
  const uiText = useText();
  const t = uiText.diagnose;
  const id = useId();
  const engine = useEngine();
  const [nodesText, setNodesText] = useState('');
  const [configText, setConfigText] = useState('');
  const [shown, setShown] = useState<Shown | undefined>();
  const [message, setMessage] = useState('');

  /** A huge paste is refused as it arrives (as the import panel does); keeping it would stall the page. */
  const accept = (name: string, text: string, set: (text: string) => void) => {
    const problem = engine?.textSizeProblem(name, text);
    if (problem) {
      set('');
      setShown({ nodes: [], issues: [problem], refused: true });
      setMessage(t.refused);
    } else {
      set(text);
    }
  };

  const run = async () => {
    if (!nodesText.trim()) {
      setShown(undefined);
      return setMessage(t.noInput);
    }
    const { diagnoseNodes } = engine ?? (await loadEngine());
    const config = configText.trim() ? { name: CONFIG_FILE, text: configText } : undefined;
    const diagnosis = diagnoseNodes({ name: NODES_FILE, text: nodesText }, config);
    setShown({ nodes: diagnosis.nodes, issues: diagnosis.issues, refused: false });
    setMessage(t.summary(diagnosis.nodes.length, diagnosis.issues.length));
  };

  return (
    <PastePanel
      title={t.title}
      intro={t.intro}
      runLabel={t.run}
      closeLabel={t.close}
      onRun={() => void run()}
      onClose={onClose}
      message={message}
      results={
        <>
          {shown && shown.nodes.length > 0 && <NodeTable nodes={shown.nodes} />}
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

/** What a finding is about: its node (by the `items.<index>` of its path), else its file. */
function useSubject(nodes: readonly NodeReport[]): (issue: Issue) => string {
  const uiText = useText();
  return (issue) => {
    const match = /^items\.(\d+)/.exec(issue.path);
    if (match) {
      const index = Number(match[1]);
      return nodes.find((n) => n.index === index)?.name ?? uiText.diagnose.entry(index + 1);
    }
    return uiText.issues.inFile(issue.file ?? NODES_FILE);
  };
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
