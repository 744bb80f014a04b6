import { createRoot } from 'react-dom/client';
import './shared/fonts';
import './shared/base.css';
import './projector/projector.css';
import './console/console.css';
import { ConsoleApp } from './console/ConsoleApp';
import { bootServices } from './shared/boot';
import { Root } from './shared/Root';

// index.html: the chair console (laptop, 1366×768 and up).
const services = bootServices();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Root services={services}>
      <ConsoleApp />
    </Root>,
  );
}
