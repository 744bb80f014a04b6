import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';

/**
 * A link in a read-only field with a 复制链接 button. The field wraps, so the whole link (its
 * token at the end included) can be read and checked; a click selects it all for a manual copy.
 */
export function LinkField({ label, url, hint, testId }: { label: string; url: string; hint?: string; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const copy = async () => {
    const ok = await copyText(url, field.current);
    if (!ok) field.current?.select();
    setCopied(ok ? 'copied' : 'copyFailed');
  };
  return (
    <div className="cs-link-field">
      <label className="cs-field-label" htmlFor={id}>
        {label}
      </label>
      <div className="cs-free-row">
        <textarea
          id={id}
          ref={field}
          className="cs-input cs-url"
          readOnly
          rows={2}
          spellCheck={false}
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          data-testid={testId}
        />
        <button type="button" className="cs-button" onClick={() => void copy()} data-testid={`${testId}-copy`}>
          {t('lan.copy')}
        </button>
      </div>
      {copied ? (
        <p className={`cs-copy-note ${copied === 'copyFailed' ? 'cs-copy-failed' : ''}`} role="status" data-testid={`${testId}-note`}>
          {t(`lan.${copied}`)}
        </p>
      ) : hint ? (
        <p className="cs-muted cs-dialog-hint">{hint}</p>
      ) : null}
    </div>
  );
}
