import { createRoot } from 'react-dom/client';
import './shared/fonts';
import './shared/base.css';
import './projector/projector.css';
import { ProjectorScreen } from './projector/ProjectorScreen';
import { bootServices } from './shared/boot';
import { Root } from './shared/Root';

// projector.html: the projected timer; `?mode=viewer` is the read-only viewer for other screens.
const services = bootServices();
const viewer = new URLSearchParams(window.location.search).get('mode') === 'viewer';
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Root services={services}>
      <ProjectorScreen viewer={viewer} />
    </Root>,
  );
}
