import { useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { loadInitialState } from './hooks/persistence.ts';
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
  const [initial] = useState(loadInitialState);
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
          <Wizard initial={initial} />
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <p>{uiText.app.privacy}</p>
      </footer>
    </>
  );
}
