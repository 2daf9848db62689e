import { useId, useMemo, useState } from 'react';
import type {
  Issue,
  JoinDiscovery,
  NewNode,
  PastedText,
  RunningCluster,
} from '../../domain/index.ts';
import { PastePanel, sizeGuardedInput } from '../fields/PastePanel.tsx';
import { loadEngine, useEngine, type Engine } from '../hooks/engine.ts';
import { useText } from '../text/language.ts';
import { NewNodeRows, type NodeRowState } from './NewNodeRows.tsx';
import { ClusterSummary, InputIssues, JoinResults } from './RunningClusterParts.tsx';

export interface RunningClusterPanelProps {
  onClose: () => void;
}

// The names the pasted texts' issues carry (the CLI names them after the user's files).
const CONFIG_FILE = 'kubeadm-config.yaml';
const NODES_FILE = 'nodes.json';

const DISCOVERY_KEYS: readonly (keyof JoinDiscovery)[] = [
  'apiServerEndpoint',
  'token',
  'caCertHash',
  'certificateKey',
];

interface Read {
  cluster: RunningCluster;
  /** The ConfigMap as it was read: the join files are checked with it. */
  config: PastedText;
}

/** Paste a running cluster's kubeadm-config ConfigMap (and nodes): its networking, and join files for new nodes. */
export function RunningClusterPanel({ onClose }: RunningClusterPanelProps) {
  const uiText = useText();
  const t = uiText.running;
  const id = useId();
  const contextEngine = useEngine();
  const [loaded, setLoaded] = useState<Engine | undefined>(contextEngine);
  const engine = contextEngine ?? loaded;
  const [configText, setConfigText] = useState('');
  const [nodesText, setNodesText] = useState('');
  const [read, setRead] = useState<Read | undefined>();
  const [refused, setRefused] = useState<Issue[]>([]);
  const [message, setMessage] = useState('');
  const [rows, setRows] = useState<NodeRowState[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [discovery, setDiscovery] = useState<JoinDiscovery>({
    apiServerEndpoint: '',
    token: '',
    caCertHash: '',
    certificateKey: '',
  });

  const accept = sizeGuardedInput(engine, (problem) => {
    setRefused([problem]);
    setMessage(t.refused);
  });

  const run = async () => {
    setRefused([]);
    if (!configText.trim()) {
      setRead(undefined);
      return setMessage(t.noInput);
    }
    const fns = engine ?? (await loadEngine());
    setLoaded(fns);
    const config = { name: CONFIG_FILE, text: configText };
    const nodes = nodesText.trim() ? { name: NODES_FILE, text: nodesText } : undefined;
    const cluster = fns.readRunningCluster(config, nodes);
    setRead({ cluster, config });
    setMessage(cluster.summary ? t.read(cluster.summary.nodes.length) : t.unreadable);
  };

  const joins = useMemo(
    () =>
      engine && read?.cluster.summary && rows.length > 0
        ? engine.planRunningJoins(read.cluster, read.config, rows, discovery)
        : undefined,
    [engine, read, rows, discovery],
  );

  const readIssues = [...refused, ...(read?.cluster.issues ?? [])];
  const configIssues = readIssues.filter((i) => i.file !== NODES_FILE);
  const nodesIssues = readIssues.filter((i) => i.file === NODES_FILE);
  const placed = (joins?.issues ?? []).map((issue, i) => ({ issue, place: joins?.places[i] }));
  const rowIssues = rows.map((_, n) =>
    placed.filter((p) => p.place?.input === 'node' && p.place.node === n).map((p) => p.issue),
  );
  const fieldIssues = (key: keyof JoinDiscovery) =>
    placed
      .filter((p) => p.place?.input === 'discovery' && p.place.field === key)
      .map((p) => p.issue);
  const findings = placed.filter((p) => p.place?.input === 'config').map((p) => p.issue);
  const summary = read?.cluster.summary;

  const paste = (
    key: 'config' | 'nodes',
    value: string,
    set: (text: string) => void,
    issues: readonly Issue[],
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t[key]}</label>
      <textarea
        id={`${id}-${key}`}
        rows={key === 'config' ? 8 : 5}
        required={key === 'config'}
        value={value}
        spellCheck={false}
        aria-invalid={issues.some((i) => i.severity === 'error') || undefined}
        aria-describedby={`${id}-${key}-help${issues.length > 0 ? ` ${id}-${key}-issues` : ''}`}
        onChange={(e) => accept(key === 'config' ? CONFIG_FILE : NODES_FILE, e.target.value, set)}
      />
      <p id={`${id}-${key}-help`} className="field__help">
        {t[`${key}Help`]}
      </p>
      <InputIssues id={`${id}-${key}-issues`} issues={issues} />
    </div>
  );

  const discoveryInput = (key: keyof JoinDiscovery) => {
    const issues = fieldIssues(key);
    const help = {
      apiServerEndpoint: t.endpointHelp(summary?.controlPlaneEndpoint ?? ''),
      token: t.tokenHelp,
      caCertHash: t.caCertHashHelp,
      certificateKey: t.certificateKeyHelp,
    }[key];
    return (
      <div className="field" key={key}>
        <label htmlFor={`${id}-${key}`}>{t[key === 'apiServerEndpoint' ? 'endpoint' : key]}</label>
        <input
          id={`${id}-${key}`}
          type="text"
          value={discovery[key]}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={issues.some((i) => i.severity === 'error') || undefined}
          aria-describedby={`${id}-${key}-help${issues.length > 0 ? ` ${id}-${key}-issues` : ''}`}
          onChange={(e) => setDiscovery((d) => ({ ...d, [key]: e.target.value }))}
        />
        <p id={`${id}-${key}-help`} className="field__help">
          {help}
        </p>
        <InputIssues id={`${id}-${key}-issues`} issues={issues} />
      </div>
    );
  };

  const addRow = () => {
    const row: NodeRowState = {
      key: nextKey,
      name: '',
      role: 'worker',
      ipv4: '',
      ipv6: '',
      advertiseAddress: '',
      bindPort: '',
    };
    setNextKey((k) => k + 1);
    setRows((r) => [...r, row]);
  };
  const changeRow = (index: number, change: Partial<NewNode>) =>
    setRows((r) => r.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const removeRow = (index: number) => setRows((r) => r.filter((_, i) => i !== index));

  return (
    <PastePanel
      text={t}
      onRun={() => void run()}
      onClose={onClose}
      message={message}
      results={
        summary && (
          <>
            <ClusterSummary summary={summary} />
            <NewNodeRows
              rows={rows}
              issues={rowIssues}
              onChange={changeRow}
              onAdd={addRow}
              onRemove={removeRow}
            />
            <section aria-labelledby={`${id}-discovery`}>
              <h3 id={`${id}-discovery`}>{t.discovery}</h3>
              {DISCOVERY_KEYS.filter(
                (key) => key !== 'certificateKey' || rows.some((r) => r.role === 'control-plane'),
              ).map(discoveryInput)}
            </section>
            {joins && (
              <JoinResults joins={joins} names={rows.map((r) => r.name)} findings={findings} />
            )}
          </>
        )
      }
    >
      {paste('config', configText, setConfigText, configIssues)}
      {paste('nodes', nodesText, setNodesText, nodesIssues)}
    </PastePanel>
  );
}
