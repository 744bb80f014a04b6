import type { CalendarYear } from '../calendar-types';

export const CN_2026: CalendarYear = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）',
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', nameEn: 'Spring Festival', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', nameEn: 'Qingming Festival', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', nameEn: 'Labour Day', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', nameEn: 'National Day', from: '2026-10-01', to: '2026-10-07' },
  ],
  adjustedWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
