import { useEffect, useState, type MouseEvent } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { loadInitialState, type InitialState } from './hooks/persistence.ts';
import { LanguageProvider } from './text/LanguageProvider.tsx';
import { LanguageSwitch } from './text/LanguageSwitch.tsx';
import { useText } from './text/language.ts';
import { Wizard } from './wizard/Wizard.tsx';

export function App() {
  return (
    <LanguageProvider>
      <Page />
    </LanguageProvider>
  );
}

function Page() {
  const uiText = useText();
  const [initial, setInitial] = useState<InitialState | undefined>(undefined);
  useEffect(() => {
    void loadInitialState().then(setInitial);
  }, []);
  return (
    <>
      <a className="skip-link" href="#step-title" onClick={skipToForm}>
        {uiText.app.skipToForm}
      </a>
      <header className="header">
        <div>
          <h1>{uiText.app.title}</h1>
          <p>{uiText.app.tagline}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          {initial ? <Wizard initial={initial} /> : <p role="status">{uiText.app.loading}</p>}
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <p>{uiText.app.privacy}</p>
      </footer>
    </>
  );
}

/** Moves focus to the current step's heading (or the main area while the wizard loads). */
function skipToForm(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const target = document.getElementById('step-title') ?? document.getElementById('main');
  target?.focus();
}
