import { createRoot } from 'react-dom/client';
import './shared/fonts';
import './shared/base.css';
import './planning/planning.css';
import { bootPlanning } from './planning/boot';
import { PlanningRoot } from './planning/PlanningRoot';

// planning.html: the schedule calendar, meeting editor, approval checklist, import/export, settings.
const root = document.getElementById('root');
if (root) createRoot(root).render(<PlanningRoot services={bootPlanning()} />);
