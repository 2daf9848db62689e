import { useId } from 'react';
import type { Issue, NewNode } from '../../domain/index.ts';
import { useText } from '../text/language.ts';
import { InputIssues } from './RunningClusterParts.tsx';

/** A new node in the form, with a key that survives removing the rows before it. */
export interface NodeRowState extends NewNode {
  key: number;
}

export interface NewNodeRowsProps {
  rows: readonly NodeRowState[];
  /** Each row's issues, by row index. */
  issues: readonly (readonly Issue[])[];
  onChange: (index: number, change: Partial<NewNode>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

type TextKey = 'name' | 'ipv4' | 'ipv6' | 'advertiseAddress' | 'bindPort';

/** The editable list of nodes to add: one group of inputs per node. */
export function NewNodeRows({ rows, issues, onChange, onAdd, onRemove }: NewNodeRowsProps) {
  const t = useText().running;
  return (
    <section aria-labelledby="running-new-nodes">
      <h3 id="running-new-nodes">{t.newNodes}</h3>
      {rows.length === 0 && <p className="muted">{t.noNodes}</p>}
      {rows.map((row, i) => (
        <NodeGroup
          key={row.key}
          row={row}
          index={i}
          issues={issues[i] ?? []}
          onChange={(change) => onChange(i, change)}
          onRemove={() => onRemove(i)}
        />
      ))}
      <button type="button" className="button button--small" onClick={onAdd}>
        {t.add}
      </button>
    </section>
  );
}

interface NodeGroupProps {
  row: NodeRowState;
  index: number;
  issues: readonly Issue[];
  onChange: (change: Partial<NewNode>) => void;
  onRemove: () => void;
}

function NodeGroup({ row, index, issues, onChange, onRemove }: NodeGroupProps) {
  const uiText = useText();
  const t = uiText.running;
  const id = useId();
  const invalid = issues.some((i) => i.severity === 'error');
  const issuesId = `${id}-issues`;
  const input = (key: TextKey, label: string, help?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={row[key]}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={
          [help ? `${id}-${key}-help` : '', issues.length > 0 ? issuesId : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
      {help && (
        <p id={`${id}-${key}-help`} className="field__help">
          {help}
        </p>
      )}
    </div>
  );
  return (
    <fieldset className="new-node">
      <legend>{t.node(index + 1)}</legend>
      <div className="new-node__fields">
        {input('name', uiText.nodes.name)}
        <div className="field">
          <label htmlFor={`${id}-role`}>{uiText.nodes.role}</label>
          <select
            id={`${id}-role`}
            value={row.role}
            onChange={(e) =>
              onChange({ role: e.target.value === 'control-plane' ? 'control-plane' : 'worker' })
            }
          >
            <option value="worker">{uiText.nodes.roleWorker}</option>
            <option value="control-plane">{uiText.nodes.roleControlPlane}</option>
          </select>
        </div>
        {input('ipv4', uiText.nodes.ip('IPv4'))}
        {input('ipv6', uiText.nodes.ip('IPv6'))}
        {row.role === 'control-plane' && (
          <>
            {input('advertiseAddress', uiText.nodes.advertise, t.advertiseHelp)}
            {input('bindPort', uiText.nodes.bindPort)}
          </>
        )}
      </div>
      <InputIssues id={issuesId} issues={issues} />
      <button type="button" className="button button--small" onClick={onRemove}>
        {t.remove(index + 1)}
      </button>
    </fieldset>
  );
}
