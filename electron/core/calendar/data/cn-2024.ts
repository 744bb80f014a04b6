import type { CalendarYear } from '../calendar-types';

/**
 * 2024: 元旦 (1 January) and 端午节 (10 June) are single days "与周末连休". Only the notice's own
 * dates are listed; the adjoining weekend stays an ordinary weekend (a rest day either way).
 */
export const CN_2024: CalendarYear = {
  year: 2024,
  source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）',
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2024-01-01', to: '2024-01-01' },
    { name: '春节', nameEn: 'Spring Festival', from: '2024-02-10', to: '2024-02-17' },
    { name: '清明节', nameEn: 'Qingming Festival', from: '2024-04-04', to: '2024-04-06' },
    { name: '劳动节', nameEn: 'Labour Day', from: '2024-05-01', to: '2024-05-05' },
    { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2024-06-10', to: '2024-06-10' },
    { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2024-09-15', to: '2024-09-17' },
    { name: '国庆节', nameEn: 'National Day', from: '2024-10-01', to: '2024-10-07' },
  ],
  adjustedWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
};
