import type { Finding } from '../../../../electron/core/rules';
import { findingText } from '../shared/format';
import { useLang, usePT } from '../shared/planning-context';

/** The findings about one field, right beside it. */
export function FieldFindings({ findings, errors, id }: { findings?: readonly Finding[]; errors?: readonly string[]; id?: string }) {
  const t = usePT();
  const lang = useLang();
  if (!findings?.length && !errors?.length) return null;
  return (
    <ul className="pl-field-findings" id={id}>
      {(errors ?? []).map((e) => (
        <li key={e} className="pl-finding pl-sev-error">
          {e}
        </li>
      ))}
      {(findings ?? []).map((f, i) => (
        <li key={`${f.rule}-${f.code}-${i}`} className={`pl-finding pl-sev-${f.severity}`} data-rule={f.rule}>
          <span className="pl-finding-sev">{t(`severity.${f.severity}`)}</span>
          {findingText(f, lang)}
        </li>
      ))}
    </ul>
  );
}
