import type { SlotSuggestion } from '../../../../electron/services/planning/planning-types';
import { startLabel } from '../shared/format';
import { useLang, usePT } from '../shared/planning-context';

/** For a no-meeting-period breach: the nearest allowed starts, each one click away. */
export function SlotSuggestions({ suggestions, onUse }: { suggestions: readonly SlotSuggestion[]; onUse: (start: string) => void }) {
  const t = usePT();
  const lang = useLang();
  if (suggestions.length === 0) return null;
  return (
    <div className="pl-suggestions" aria-label={t('editor.suggestions')}>
      <span className="pl-suggestions-label">{t('editor.suggestions')}</span>
      {suggestions.map((s) => (
        <button key={s.kind} type="button" className="pl-suggestion" data-slot={s.kind} onClick={() => onUse(s.start)} title={t('editor.useSlot')}>
          <strong>{t(`editor.slot.${s.kind}`)}</strong>
          <span>{startLabel(s.start, lang)}</span>
        </button>
      ))}
    </div>
  );
}
