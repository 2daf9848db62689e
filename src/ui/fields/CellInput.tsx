import { useText } from '../text/language.ts';
import { IssueText } from './IssueText.tsx';
import type { PlanFieldPath } from '../wizard/fieldPaths.ts';
import { useFieldAdvice } from '../wizard/outputsContext.ts';
import { useFieldBinding } from './useFieldBinding.ts';

export interface CellInputProps {
  name: PlanFieldPath;
  /** Accessible name, e.g. "Node 3 Name" (the column header is the visible label). */
  label: string;
  /** The column's name, shown above the input when the table reflows into cards. */
  column?: string;
  options?: readonly { value: string; label: string }[];
}

/** One table cell's input, with its error (and advice) right under it. */
export function CellInput({ name, label, column, options }: CellInputProps) {
  const uiText = useText();
  const { props, error } = useFieldBinding(name);
  const advice = useFieldAdvice(name);
  const id = `cell-${name.replaceAll('.', '-')}`;
  const describedBy = [error ? `${id}-error` : '', advice.length ? `${id}-advice` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    ...props,
    'aria-label': label,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <>
      {column && (
        <label className="cell__label" htmlFor={id}>
          {column}
        </label>
      )}
      {options ? (
        <select {...common}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input type="text" autoComplete="off" spellCheck={false} {...common} />
      )}
      {error && (
        <span id={`${id}-error`} className="cell__error" role="alert">
          <span className="badge badge--error">{uiText.issues.error}</span> {error}
        </span>
      )}
      {advice.length > 0 && (
        <span id={`${id}-advice`} className="cell__advice">
          {advice.map((issue) => (
            <span
              key={`${issue.code}-${issue.path}`}
              className={`advice advice--${issue.severity}`}
            >
              <span className={`badge badge--${issue.severity}`}>
                {uiText.issues[issue.severity]}
              </span>{' '}
              <IssueText issue={issue} />
            </span>
          ))}
        </span>
      )}
    </>
  );
}
