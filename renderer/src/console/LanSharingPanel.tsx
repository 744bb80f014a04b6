import { useTranslation } from 'react-i18next';
import { useUi } from '../shared/app-context';
import { LanSwitch } from './LanSwitch';
import { LinkField } from './LinkField';
import { QrCode } from './QrCode';
import { useShellState } from './shell-context';

/**
 * The LAN switch and, while it is on, the viewer link as a QR code big enough to scan from a
 * phone held at arm's length, with the viewer and projector links to copy.
 */
export function LanSharingPanel() {
  const { t } = useTranslation();
  const lang = useUi((s) => s.lang);
  const lan = useShellState((s) => s.lan);
  if (!lan) return null;
  const [viewer, projector] = lan.urls;
  return (
    <section className="cs-shell-section" aria-label={t('lan.title')} data-testid="lan-sharing">
      <div className="cs-lan-head">
        <h3 className="cs-shell-title">{t('lan.title')}</h3>
        <LanSwitch labelHidden />
      </div>
      {lan.problem ? (
        <p className="cs-problem" role="alert" data-testid="lan-problem">
          {lan.problem[lang]}
        </p>
      ) : !lan.available ? (
        <p className="cs-problem">{t('lan.unavailable')}</p>
      ) : null}
      {!lan.enabled ? (
        <p className="cs-muted cs-dialog-hint">{t('lan.offHint')}</p>
      ) : viewer ? (
        <div className="cs-lan-on">
          <figure className="cs-qr-box">
            <QrCode text={viewer} label={t('lan.qrLabel')} />
            <figcaption>{t('lan.scan')}</figcaption>
          </figure>
          <LinkField label={t('lan.viewer')} url={viewer} testId="lan-viewer-url" />
          {projector ? <LinkField label={t('lan.projector')} url={projector} hint={t('lan.projectorHint')} testId="lan-projector-url" /> : null}
        </div>
      ) : (
        <p className="cs-problem">{t('lan.noAddress')}</p>
      )}
    </section>
  );
}
