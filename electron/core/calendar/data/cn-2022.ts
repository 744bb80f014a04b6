import type { CalendarYear } from '../calendar-types';

export const CN_2022: CalendarYear = {
  year: 2022,
  source: '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号，2021年10月25日）',
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2022-01-01', to: '2022-01-03' },
    { name: '春节', nameEn: 'Spring Festival', from: '2022-01-31', to: '2022-02-06' },
    { name: '清明节', nameEn: 'Qingming Festival', from: '2022-04-03', to: '2022-04-05' },
    { name: '劳动节', nameEn: 'Labour Day', from: '2022-04-30', to: '2022-05-04' },
    { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2022-06-03', to: '2022-06-05' },
    { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2022-09-10', to: '2022-09-12' },
    { name: '国庆节', nameEn: 'National Day', from: '2022-10-01', to: '2022-10-07' },
  ],
  adjustedWorkdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
};
