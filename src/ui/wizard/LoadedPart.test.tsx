import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { loadable, loaded } from '../hooks/loadable.ts';
import { LoadedPart } from './LoadedPart.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LoadedPart', () => {
  it('shows the loading placeholder until the code is here, then the component', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const part = loadable(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    render(<LoadedPart part={part} props={{ name: 'node' }} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading…$/);

    await act(async () => {
      arrive(Greeting);
      await part.load();
    });
    expect(screen.getByText('Hello node')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('renders code that has already loaded in its first render, with no placeholder', async () => {
    const part = loadable(() => Promise.resolve(Greeting));
    await part.load();
    const { container } = render(<LoadedPart part={part} props={{ name: 'node' }} />);
    // No promise had a chance to settle since render: nothing suspended or waited.
    expect(container).toHaveTextContent(/^Hello node$/);
  });

  it('renders a part that ships with the page at once', () => {
    render(<LoadedPart part={loaded(Greeting)} props={{ name: 'first' }} />);
    expect(screen.getByText('Hello first')).toBeInTheDocument();
  });

  it('keeps the placeholder while something else the part reads is not ready', () => {
    render(<LoadedPart part={loaded(Greeting)} props={{ name: 'x' }} ready={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading…$/);
    expect(screen.queryByText('Hello x')).not.toBeInTheDocument();
  });

  it('fetches no code for a part until it is ready', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const part = loadable(load);
    const { rerender } = render(<LoadedPart part={part} props={{ name: 'x' }} ready={false} />);
    expect(load).not.toHaveBeenCalled();

    rerender(<LoadedPart part={part} props={{ name: 'x' }} ready />);
    await act(() => part.load());
    expect(load).toHaveBeenCalledOnce();
    expect(screen.getByText('Hello x')).toBeInTheDocument();
  });

  it('loads the code once however often it is asked for', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const part = loadable(load);
    render(
      <>
        <LoadedPart part={part} props={{ name: 'a' }} />
        <LoadedPart part={part} props={{ name: 'b' }} />
      </>,
    );
    await act(() => part.load());
    expect(screen.getByText('Hello a')).toBeInTheDocument();
    expect(screen.getByText('Hello b')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('hands code that fails to load to the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const part = loadable<typeof Greeting>(() => Promise.reject(new Error('chunk missing')));
    render(
      <ErrorBoundary>
        <LoadedPart part={part} props={{ name: 'x' }} />
      </ErrorBoundary>,
    );
    await act(() => part.load().catch(() => undefined));
    expect(screen.getByRole('alert')).toHaveTextContent(/went wrong/);
  });
});
