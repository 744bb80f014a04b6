import type { CalendarYear } from '../calendar-types';

export const CN_2021: CalendarYear = {
  year: 2021,
  source: '国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号，2020年11月25日）',
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2021-01-01', to: '2021-01-03' },
    { name: '春节', nameEn: 'Spring Festival', from: '2021-02-11', to: '2021-02-17' },
    { name: '清明节', nameEn: 'Qingming Festival', from: '2021-04-03', to: '2021-04-05' },
    { name: '劳动节', nameEn: 'Labour Day', from: '2021-05-01', to: '2021-05-05' },
    { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2021-06-12', to: '2021-06-14' },
    { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2021-09-19', to: '2021-09-21' },
    { name: '国庆节', nameEn: 'National Day', from: '2021-10-01', to: '2021-10-07' },
  ],
  adjustedWorkdays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
};
