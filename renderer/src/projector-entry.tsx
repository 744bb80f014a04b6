import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder entry: the renderer room replaces this content; the file name is fixed by the build.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <h1>短会 Duanhui</h1>
    </StrictMode>,
  );
}
