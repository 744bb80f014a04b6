import type { CalendarYear } from '../calendar-types';

/**
 * 2020: the notice of 2019-11-21 as amended by 国务院办公厅关于延长2020年春节假期的通知
 * (国办发明电〔2020〕1号), which extended the Spring Festival to Sunday 2 February (正月初九)
 * for the epidemic. Saturday 1 February, an adjusted working day in the first notice, became a
 * rest day; 3 February was the first working day.
 */
export const CN_2020: CalendarYear = {
  year: 2020,
  source: '国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号，2019年11月21日）；国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）',
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2020-01-01', to: '2020-01-01' },
    { name: '春节', nameEn: 'Spring Festival', from: '2020-01-24', to: '2020-02-02' },
    { name: '清明节', nameEn: 'Qingming Festival', from: '2020-04-04', to: '2020-04-06' },
    { name: '劳动节', nameEn: 'Labour Day', from: '2020-05-01', to: '2020-05-05' },
    { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2020-06-25', to: '2020-06-27' },
    { name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', from: '2020-10-01', to: '2020-10-08' },
  ],
  adjustedWorkdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
};
