import { useRef, useState, type DragEvent } from 'react';
import type { DocumentInfo } from '../../../../electron/services/planning/planning-types';
import { usePT } from '../shared/planning-context';

/**
 * Where a keynote's or report's file is dropped (or chosen): its 字数 and pages are shown
 * against the limits once the service has counted them.
 */
export function DocumentDrop(props: {
  itemKind: 'keynote' | 'report';
  chars: number | undefined;
  pages: number | undefined;
  maxChars: number | null;
  maxPages: number | null;
  document: DocumentInfo | undefined;
  disabled: boolean;
  onFile: (file: File) => Promise<void>;
}) {
  const t = usePT();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file || props.disabled) return;
    setBusy(true);
    try {
      await props.onFile(file);
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };

  const ziOver = props.maxChars !== null && props.chars !== undefined && props.chars > props.maxChars;
  const pagesOver = props.maxPages !== null && props.pages !== undefined && props.pages > props.maxPages;
  return (
    <div
      className={`pl-doc${over ? ' pl-doc-over' : ''}${props.disabled ? ' pl-doc-disabled' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setOver(true);
        }
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      title={props.disabled ? t('editor.saveFirst') : t('documents.drop')}
      data-testid="document-drop"
    >
      {busy ? (
        <span>{t('documents.reading')}</span>
      ) : props.chars !== undefined || props.pages !== undefined ? (
        <span className="pl-doc-counts">
          <span className="pl-doc-line">
            {props.chars !== undefined && (
              <span className={ziOver ? 'pl-over' : 'pl-within'} data-testid="doc-zi">
                {t('documents.zi', { zi: props.chars })}
                {props.itemKind === 'keynote' && props.maxChars !== null && <small>（{t('documents.limitZi', { max: props.maxChars })}）</small>}
              </span>
            )}
            {props.pages !== undefined && (
              <span className={pagesOver ? 'pl-over' : props.maxPages !== null ? 'pl-within' : ''} data-testid="doc-pages">
                {t('documents.pages', { pages: props.pages })}
                {props.maxPages !== null && <small>（{t('documents.limitPages', { max: props.maxPages })}）</small>}
              </span>
            )}
          </span>
          {props.document && (
            <span className="pl-doc-file" title={`${props.document.fileName}${props.document.textKept ? `\n${t('documents.textKept')}` : ''}`}>
              {props.document.fileName}
            </span>
          )}
        </span>
      ) : (
        <span className="pl-doc-hint">{t('documents.drop')}</span>
      )}
      <button type="button" className="pl-link" disabled={props.disabled || busy} onClick={() => input.current?.click()}>
        {t('documents.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".docx,.pdf,.txt"
        hidden
        onChange={(e) => {
          void take(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </div>
  );
}
