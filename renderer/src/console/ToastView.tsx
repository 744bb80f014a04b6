import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useUi } from '../shared/app-context';

const TOAST_MS = 6000;

/** A refusal, in the chosen language; it goes away by itself or on a click. */
export function ToastView() {
  const { t } = useTranslation();
  const { ui } = useServices();
  const toast = useUi((s) => s.toast);
  const lang = useUi((s) => s.lang);
  useEffect(() => {
    if (!toast) return undefined;
    const handle = setTimeout(() => {
      if (ui.getState().toast?.id === toast.id) ui.getState().dismissToast();
    }, TOAST_MS);
    return () => clearTimeout(handle);
  }, [toast, ui]);
  if (!toast) return null;
  return (
    <div className={`cs-toast cs-toast-${toast.kind}`} role="alert" data-testid="toast">
      <span>{toast.text[lang]}</span>
      <button type="button" className="cs-toast-close" onClick={() => ui.getState().dismissToast()} aria-label={t('toast.dismiss')}>
        ×
      </button>
    </div>
  );
}
