import { ErrorBoundary } from './ErrorBoundary.tsx';
import { uiText } from './text/en.ts';
import { Wizard } from './wizard/Wizard.tsx';

export function App() {
  return (
    <>
      <header className="header">
        <h1>{uiText.app.title}</h1>
        <p>{uiText.app.tagline}</p>
      </header>
      <main>
        <ErrorBoundary>
          <Wizard />
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <p>{uiText.app.privacy}</p>
      </footer>
    </>
  );
}
