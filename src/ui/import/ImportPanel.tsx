import { useId, useState, type DragEvent } from 'react';
import {
  convertConfigText,
  hasErrors,
  importConfigFiles,
  sourceProblem,
  textSizeProblem,
  type ClusterPlan,
  type ImportResult,
  type Issue,
  type KubeadmApiVersion,
} from '../../domain/index.ts';
import { downloadText } from '../browser/download.ts';
import { sizeGuardedInput } from '../fields/PastePanel.tsx';
import { readFileBytes, utf8Text } from '../browser/files.ts';
import { useFormatIssue, useText } from '../text/language.ts';

export interface ImportPanelProps {
  onImport: (plan: ClusterPlan) => void;
  onClose: () => void;
}

const PASTED_NAME = 'pasted.yaml';

/** Paste, pick or drop kubeadm configs; import them into the plan or convert them between versions. */
export function ImportPanel({ onImport, onClose }: ImportPanelProps) {
  const uiText = useText();
  const t = uiText.importer;
  const id = useId();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  // Files the domain refused before decoding (UTF-16, binary, too large): they block the import.
  const [fileProblems, setFileProblems] = useState<Issue[]>([]);

  const pick = async (list: FileList) => {
    const read = await readFileBytes(list);
    const problems = read.flatMap((file) => sourceProblem(file) ?? []);
    setFileProblems(problems);
    setFiles(
      read
        .filter((file) => !sourceProblem(file))
        .map((f) => ({ name: f.name, text: utf8Text(f.bytes) })),
    );
    setNames(read.map((f) => f.name));
  };
  const [names, setNames] = useState<string[]>([]);
  const [result, setResult] = useState<ImportResult | undefined>();
  const [message, setMessage] = useState('');
  // A huge paste is refused at once; keeping it would stall the page laying out the text.
  const guardedInput = sizeGuardedInput({ textSizeProblem }, (problem) => {
    setResult({ issues: [problem], unmodelled: [], ignored: [] });
    setMessage(t.refused);
  });
  const [refusal, setRefusal] = useState<Issue[]>([]);

  const sources = () => [...(text.trim() ? [{ name: PASTED_NAME, text }] : []), ...files];

  const run = () => {
    const input = sources();
    if (fileProblems.length > 0) {
      setResult({ issues: fileProblems, unmodelled: [], ignored: [] });
      return setMessage(t.refused);
    }
    if (input.length === 0) return setMessage(t.noInput);
    const imported = importConfigFiles(input);
    setResult(imported);
    if (imported.plan) {
      onImport(imported.plan);
      setMessage(t.imported(input.length));
    } else {
      setMessage(t.refused);
    }
  };

  const convert = (target: KubeadmApiVersion) => {
    const input = sources();
    if (input.length === 0) return setMessage(t.noInput);
    const problems: Issue[] = [];
    for (const source of input) {
      const converted = convertConfigText(source.name, source.text, target);
      if (converted.text === undefined || hasErrors(converted.issues)) {
        problems.push(...converted.issues.filter((i) => i.severity === 'error'));
        continue;
      }
      const name = source.name.replace(/(\.ya?ml|\.json)?$/i, `-${target}.yaml`);
      downloadText(name, converted.text);
      setMessage(t.converted(name));
    }
    setRefusal(problems);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    void pick(event.dataTransfer.files);
  };

  return (
    <section className="import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p>{t.intro}</p>
      <div className="field">
        <label htmlFor={`${id}-paste`}>{t.paste}</label>
        <textarea
          id={`${id}-paste`}
          rows={8}
          value={text}
          spellCheck={false}
          onChange={(e) => guardedInput(PASTED_NAME, e.target.value, setText)}
        />
      </div>
      <div className="field" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <label htmlFor={`${id}-files`}>{t.files}</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".yaml,.yml,.json,text/yaml,application/json"
          onChange={(e) => {
            if (e.target.files) void pick(e.target.files);
          }}
        />
        <p className="drop-zone">{t.drop}</p>
        {names.length > 0 && <p className="field__help">{names.join(', ')}</p>}
      </div>
      <div className="actions-inline">
        <button type="button" className="button button--primary" onClick={run}>
          {t.run}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <p role="status" className="status">
        {message}
      </p>
      {result && <ImportReport result={result} />}
      <h3>{t.convertTitle}</h3>
      <div className="actions-inline">
        <button type="button" className="button" onClick={() => convert('v1beta4')}>
          {t.convertTo('v1beta4')}
        </button>
        <button type="button" className="button" onClick={() => convert('v1beta3')}>
          {t.convertTo('v1beta3')}
        </button>
      </div>
      {refusal.length > 0 && (
        <div role="alert" className="field__error">
          <p>{t.convertRefused}</p>
          <IssueLines issues={refusal} />
        </div>
      )}
    </section>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const uiText = useText();
  const t = uiText.importer;
  return (
    <>
      {result.issues.length > 0 && (
        <>
          <h3>{t.issuesTitle}</h3>
          <IssueLines issues={result.issues} />
        </>
      )}
      {result.unmodelled.length > 0 && (
        <>
          <h3>{t.unmodelledTitle}</h3>
          <ul className="unmodelled">
            {result.unmodelled.map((u) => (
              <li key={`${u.file}-${u.document}-${u.path}`}>
                <code>{t.where(u.file, u.document, u.path)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function IssueLines({ issues }: { issues: readonly Issue[] }) {
  const uiText = useText();
  const formatIssue = useFormatIssue();
  const t = uiText.importer;
  return (
    <ul className="import-issues">
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${i}`} className={`issue issue--${issue.severity}`}>
          <span className={`badge badge--${issue.severity}`}>{uiText.issues[issue.severity]}</span>{' '}
          <code>{t.where(issue.file ?? '', issue.document ?? 0, issue.path)}</code>:{' '}
          {formatIssue(issue)}
        </li>
      ))}
    </ul>
  );
}
