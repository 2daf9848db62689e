import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from './CopyButton.tsx';

const TEXT = 'kubeadm init --config kubeadm-config.yaml\n  # with "quotes" & a trailing space ';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('CopyButton', () => {
  it('writes the exact text to the clipboard and then says Copied in a status', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<CopyButton text={TEXT} label="Copy kubeadm init command" />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');

    await user.click(screen.getByRole('button', { name: 'Copy kubeadm init command' }));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(TEXT);
    expect(status).toHaveTextContent(/^Copied$/);
    expect(screen.getByRole('button', { name: 'Copy kubeadm init command' })).toHaveTextContent(
      '✓ Copied',
    );
    await expect(navigator.clipboard.readText()).resolves.toBe(TEXT);
  });

  it('says the copy failed when the browser refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyButton text={TEXT} label="Copy YAML" />);
    await user.click(screen.getByRole('button', { name: 'Copy YAML' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Copy failed/);
    expect(screen.getByRole('button', { name: 'Copy YAML' })).toHaveTextContent(/^Copy$/);
  });

  it('returns to its idle state a few seconds after copying', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    render(<CopyButton text={TEXT} label="Copy YAML" />);
    await user.click(screen.getByRole('button', { name: 'Copy YAML' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByRole('button', { name: 'Copy YAML' })).toHaveTextContent(/^Copy$/);
  });
});
