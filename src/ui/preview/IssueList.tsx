import { type Issue, type Severity } from '../../domain/index.ts';
import { IssueText } from '../fields/IssueText.tsx';
import { useText } from '../text/language.ts';
import { useExamples } from '../wizard/examplesContext.ts';
import { fieldLabel, stepOfField } from '../wizard/fieldPaths.ts';

export interface IssueListProps {
  issues: readonly Issue[];
  onGoTo?: ((path: string) => void) | undefined;
  headingLevel?: 3 | 4;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The plan's issues grouped by severity, each with a link to its field when it has one. */
export function IssueList({ issues, onGoTo, headingLevel = 3 }: IssueListProps) {
  const uiText = useText();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { untouched } = useExamples();
  if (issues.length === 0 && untouched)
    return <p className="issues__none">{uiText.issues.untouched}</p>;
  if (issues.length === 0) return <p className="issues__none">{uiText.issues.none}</p>;
  const title = {
    error: uiText.issues.errors,
    warning: uiText.issues.warnings,
    info: uiText.issues.notes,
  };
  return (
    <div className="issues">
      {ORDER.map((severity) => {
        const group = issues.filter((i) => i.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`issues__group issues__group--${severity}`}>
            <Heading>{title[severity](group.length)}</Heading>
            <ul>
              {group.map((issue, i) => (
                <li key={`${issue.code}-${issue.path}-${i}`} className={`issue issue--${severity}`}>
                  <span className={`badge badge--${severity}`}>{uiText.issues[severity]}</span>{' '}
                  <span className="issue__text">
                    <IssueText issue={issue} />
                  </span>{' '}
                  {issue.path && onGoTo && stepOfField(issue.path) ? (
                    <button type="button" className="link" onClick={() => onGoTo(issue.path)}>
                      {uiText.issues.goTo(fieldLabel(issue.path, uiText))}
                    </button>
                  ) : issue.file ? (
                    <span className="issue__where">{uiText.issues.inFile(issue.file)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
