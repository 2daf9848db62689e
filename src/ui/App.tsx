import { useEffect, useState } from 'react';
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
      <header className="header">
        <div>
          <h1>{uiText.app.title}</h1>
          <p>{uiText.app.tagline}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main>
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
