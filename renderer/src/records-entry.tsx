import { createRoot } from 'react-dom/client';
import './shared/fonts';
import './shared/base.css';
import './records/records.css';
import { bootRecords } from './records/boot';
import { echartsRenderer } from './records/charts/echarts-renderer';
import { RecordsRoot } from './records/RecordsRoot';

// records.html: the meeting records list, one meeting's record, and 会风会纪情况统计.
const root = document.getElementById('root');
if (root) createRoot(root).render(<RecordsRoot services={bootRecords(echartsRenderer)} />);
