import type { ReactNode } from 'react';
import { useText } from '../text/language.ts';
import { useExamples } from '../wizard/examplesContext.ts';
import { IssueText } from './IssueText.tsx';
import { useFieldAdvice } from '../wizard/outputsContext.ts';

export interface FieldShellProps {
  id: string;
  name: string;
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, help, error and advice around one input, wired with aria-describedby. */
export function FieldShell({ id, name, label, help, error, children }: FieldShellProps) {
  const uiText = useText();
  const advice = useFieldAdvice(name);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const adviceId = advice.length > 0 ? `${id}-advice` : undefined;
  const exampleId = useExamples().isExample(name) ? `${id}-example` : undefined;
  const describedBy = [errorId, adviceId, exampleId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy)}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          <span className="badge badge--error">{uiText.issues.error}</span> {error}
        </p>
      )}
      {adviceId && (
        <ul id={adviceId} className="field__advice">
          {advice.map((issue, i) => (
            <li key={`${issue.code}-${i}`} className={`advice advice--${issue.severity}`}>
              <span className={`badge badge--${issue.severity}`}>
                {uiText.issues[issue.severity]}
              </span>{' '}
              <IssueText issue={issue} />
            </li>
          ))}
        </ul>
      )}
      {exampleId && (
        <p id={exampleId} className="field__example">
          <span className="badge badge--example">{uiText.steps.exampleBadge}</span>{' '}
          {uiText.steps.exampleHelp}
        </p>
      )}
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
    </div>
  );
}
