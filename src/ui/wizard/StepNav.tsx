import { useText } from '../text/language.ts';
import type { WizardStep } from './steps.ts';
import type { StepStatus } from './stepStatus.ts';

export interface StepNavProps {
  steps: readonly Pick<WizardStep, 'id' | 'titleKey'>[];
  current: number;
  /** Steps with an index below this have been visited and can be opened. */
  reached: number;
  /** Each step's status (see stepStatuses); without it, visited steps show only their number. */
  statuses?: readonly StepStatus[] | undefined;
  onSelect: (index: number) => void;
}

const ICON = { errors: '✕', warnings: '!', done: '✓' } as const;

/**
 * Where the user is, with every visited step one click (or Enter) away and its status (errors,
 * warnings, done) in its icon, its visible text and its accessible name, never in colour alone.
 */
export function StepNav({ steps, current, reached, statuses, onSelect }: StepNavProps) {
  const uiText = useText();
  const t = uiText.steps;
  return (
    <nav aria-label={t.nav} className="steps">
      <ol>
        {steps.map((step, i) => {
          const title = t[step.titleKey];
          // Before the rules load there is no status to show: only which step is on screen.
          const status: StepStatus = statuses?.[i] ?? {
            kind: i === current ? 'current' : 'notVisited',
          };
          const counted =
            status.kind === 'errors'
              ? t.statusErrors(status.count)
              : status.kind === 'warnings'
                ? t.statusWarnings(status.count)
                : undefined;
          const said = counted ?? (status.kind === 'done' ? t.statusDone : undefined);
          const icon =
            status.kind === 'errors' || status.kind === 'warnings' || status.kind === 'done'
              ? ICON[status.kind]
              : i + 1;
          const classes = ['steps__item', `steps__item--${status.kind}`];
          if (i === current) classes.push('steps__item--current');
          return (
            <li key={step.id} className={classes.join(' ')}>
              <button
                type="button"
                className="steps__button"
                aria-current={i === current ? 'step' : undefined}
                aria-label={said === undefined ? undefined : t.withStatus(title, said)}
                disabled={i >= reached}
                onClick={() => onSelect(i)}
              >
                <span className="steps__number" aria-hidden="true">
                  {icon}
                </span>{' '}
                {title}
                {counted !== undefined && (
                  <span className="steps__status" aria-hidden="true">
                    {' '}
                    {counted}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
