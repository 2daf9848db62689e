import { useText } from '../text/language.ts';
import type { WizardStep } from './steps.ts';

export interface StepNavProps {
  steps: readonly Pick<WizardStep, 'id' | 'titleKey'>[];
  current: number;
  /** Steps with an index below this have been visited and can be opened. */
  reached: number;
  onSelect: (index: number) => void;
}

/** Where the user is, with every visited step one click (or Enter) away. */
export function StepNav({ steps, current, reached, onSelect }: StepNavProps) {
  const uiText = useText();
  return (
    <nav aria-label={uiText.steps.nav} className="steps">
      <ol>
        {steps.map((step, i) => (
          <li
            key={step.id}
            className={i === current ? 'steps__item steps__item--current' : 'steps__item'}
          >
            <button
              type="button"
              className="steps__button"
              aria-current={i === current ? 'step' : undefined}
              disabled={i >= reached}
              onClick={() => onSelect(i)}
            >
              <span className="steps__number" aria-hidden="true">
                {i < current ? '✓' : i + 1}
              </span>{' '}
              {uiText.steps[step.titleKey]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
