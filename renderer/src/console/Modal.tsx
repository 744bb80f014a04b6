import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useServices } from '../shared/app-context';

export interface ModalProps {
  title: string;
  children: ReactNode;
  testId: string;
  wide?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** A console dialog: closes on a click outside it or Esc (the console's key handler). */
export function Modal({ title, children, testId, wide = false, onKeyDown }: ModalProps) {
  const { ui } = useServices();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus the dialog itself, so its own keys (1, 2, Enter) work without a click.
    box.current?.focus();
  }, []);
  return (
    <div className="cs-modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && ui.getState().close()}>
      <div className={`cs-modal ${wide ? 'cs-modal-wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} data-testid={testId} tabIndex={-1} ref={box} onKeyDown={onKeyDown}>
        <h2 className="cs-modal-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
