import { type Issue, type Severity } from '../../domain/index.ts';
import { IssueText } from '../fields/IssueText.tsx';
import { useText } from '../text/language.ts';
import { useExamples } from '../wizard/examplesContext.ts';
import { fieldLabel, stepOfField } from '../wizard/fieldPaths.ts';
import { WIZARD_STEPS } from '../wizard/steps.ts';
import { useVisited } from '../wizard/visitedContext.ts';

export interface IssueListProps {
  issues: readonly Issue[];
  onGoTo?: ((path: string) => void) | undefined;
  headingLevel?: 3 | 4;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The plan's issues grouped by severity, each with a link to its field when it has one; issues on
 * steps not opened yet are only counted, per step, until the user gets there.
 */
export function IssueList({ issues: all, onGoTo, headingLevel = 3 }: IssueListProps) {
  const uiText = useText();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { untouched } = useExamples();
  const { waitingStep } = useVisited();
  const waiting = new Map<string, number>();
  const issues = all.filter((issue) => {
    const step = waitingStep(issue.path);
    if (step !== undefined) waiting.set(step, (waiting.get(step) ?? 0) + 1);
    return step === undefined;
  });
  const later = waiting.size > 0 && (
    <ul className="issues__later">
      {WIZARD_STEPS.filter((step) => waiting.has(step.id)).map((step) => (
        <li key={step.id}>
          {uiText.issues.waiting(uiText.steps[step.titleKey], waiting.get(step.id) ?? 0)}
        </li>
      ))}
    </ul>
  );
  if (issues.length === 0 && untouched)
    return <p className="issues__none">{uiText.issues.untouched}</p>;
  if (issues.length === 0 && later) return <div className="issues">{later}</div>;
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
      {later}
    </div>
  );
}
