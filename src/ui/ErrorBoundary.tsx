import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { LanguageContext } from './text/language.ts';

interface ErrorBoundaryProps {
  children: ReactNode;
}

/** Keeps a rendering bug from blanking the page: says what happened and offers a reload. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  static override contextType = LanguageContext;
  declare context: ContextType<typeof LanguageContext>;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs the page; the user sees the message below, never a stack trace.
    // eslint-disable-next-line no-console
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const uiText = this.context.text;
    return (
      <div role="alert" className="crash">
        <p>{uiText.app.crashed}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {uiText.app.reload}
        </button>
      </div>
    );
  }
}
