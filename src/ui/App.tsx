import { useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { loadInitialState } from './hooks/persistence.ts';
import { uiText } from './text/en.ts';
import { Wizard } from './wizard/Wizard.tsx';

export function App() {
  const [initial] = useState(loadInitialState);
  return (
    <>
      <header className="header">
        <h1>{uiText.app.title}</h1>
        <p>{uiText.app.tagline}</p>
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
