import { useId, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  nodeRowsToAdd,
  parseNodeTable,
  type ClusterPlan,
  type NodePlan,
  type NodeTableResult,
} from '../../domain/index.ts';
import type { UiText } from '../text/en.ts';
import { useFormatIssue, useText } from '../text/language.ts';

export interface PasteNodesProps {
  onAdd: (nodes: NodePlan[]) => void;
}

/** The pasted column an issue is about, as the table header names it. */
function columnLabel(uiText: UiText, path: string): string {
  const t = uiText.nodes;
  const label = { name: t.name, role: t.role, ipv4: t.ip('IPv4'), ipv6: t.ip('IPv6') }[path];
  return label ? `${label}: ` : '';
}

/** Paste a table of nodes, see what will be added and every bad row, then add them all at once. */
export function PasteNodes({ onAdd }: PasteNodesProps) {
  const uiText = useText();
  const formatIssue = useFormatIssue();
  const t = uiText.nodes;
  const id = useId();
  const { getValues } = useFormContext<ClusterPlan>();
  const [text, setText] = useState('');
  const [result, setResult] = useState<NodeTableResult | undefined>();
  const [added, setAdded] = useState('');
  const bad = result?.rows.filter((r) => !r.node) ?? [];
  const good = result ? nodeRowsToAdd(result) : [];
  return (
    <details className="paste">
      <summary>{t.pasteTitle}</summary>
      <div className="field">
        <label htmlFor={id}>{t.pasteLabel}</label>
        <textarea
          id={id}
          rows={6}
          value={text}
          spellCheck={false}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            setText(event.target.value);
            setResult(undefined);
          }}
        />
        <p id={`${id}-help`} className="field__help">
          {t.pasteHelp}
        </p>
      </div>
      <div className="actions-inline">
        <button
          type="button"
          className="button"
          onClick={() => setResult(parseNodeTable(text, getValues('networking.stack')))}
        >
          {t.pasteCheck}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!result || bad.length > 0 || good.length === 0}
          onClick={() => {
            onAdd(good);
            setAdded(t.pasteAdded(good.length));
            setText('');
            setResult(undefined);
          }}
        >
          {t.pasteAdd(good.length)}
        </button>
      </div>
      <p role="status" className="status">
        {added}
      </p>
      {result && bad.length > 0 && (
        <p role="alert" className="field__error">
          {t.pasteRefused}
        </p>
      )}
      {result?.mixedSeparators && <p className="field__help">{t.pasteMixed}</p>}
      {result && result.rows.length === 0 && <p>{t.pasteEmpty}</p>}
      {result && result.rows.length > 0 && (
        <table className="paste__rows">
          <caption>{t.pastePreview}</caption>
          <thead>
            <tr>
              <th scope="col">{t.pasteLine}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.pasteStatus}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.slice(0, 1000).map((row) => (
              <tr key={row.line} className={row.node ? '' : 'paste__bad'}>
                <td>{row.line}</td>
                <td>{row.node?.name ?? ''}</td>
                <td>{row.node?.role ?? ''}</td>
                <td>
                  {row.issues.length === 0
                    ? t.pasteOk
                    : row.issues
                        .map((issue) => `${columnLabel(uiText, issue.path)}${formatIssue(issue)}`)
                        .join(' ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
