import type { CalendarYear } from '../calendar-types';

/**
 * 2023: 元旦 runs from Saturday 31 December 2022, as the notice says. That day belongs to the
 * 2023 notice although it lies in 2022.
 */
export const CN_2023: CalendarYear = {
  year: 2023,
  source: '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022年12月8日）',
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2022-12-31', to: '2023-01-02' },
    { name: '春节', nameEn: 'Spring Festival', from: '2023-01-21', to: '2023-01-27' },
    { name: '清明节', nameEn: 'Qingming Festival', from: '2023-04-05', to: '2023-04-05' },
    { name: '劳动节', nameEn: 'Labour Day', from: '2023-04-29', to: '2023-05-03' },
    { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2023-06-22', to: '2023-06-24' },
    { name: '中秋节、国庆节', nameEn: 'Mid-Autumn Festival and National Day', from: '2023-09-29', to: '2023-10-06' },
  ],
  adjustedWorkdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
};
