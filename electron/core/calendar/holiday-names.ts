/**
 * The seven holidays of the State Council's yearly notice, with the English names used in the
 * bundled data. `pattern` matches the spellings found in notices and in .ics feeds.
 */
export interface HolidayName {
  id: 'new-year' | 'spring-festival' | 'qingming' | 'labour-day' | 'dragon-boat' | 'mid-autumn' | 'national-day';
  zh: string;
  en: string;
  pattern: RegExp;
}

export const HOLIDAY_NAMES: readonly HolidayName[] = [
  { id: 'new-year', zh: '元旦', en: "New Year's Day", pattern: /元旦|new year'?s day/i },
  { id: 'spring-festival', zh: '春节', en: 'Spring Festival', pattern: /春节|春節|除夕|spring festival|(chinese|lunar) new year/i },
  { id: 'qingming', zh: '清明节', en: 'Qingming Festival', pattern: /清明|qingming|tomb[- ]sweeping/i },
  { id: 'labour-day', zh: '劳动节', en: 'Labour Day', pattern: /劳动节|勞動節|五一|labou?r day|may day/i },
  { id: 'dragon-boat', zh: '端午节', en: 'Dragon Boat Festival', pattern: /端午|dragon boat/i },
  { id: 'mid-autumn', zh: '中秋节', en: 'Mid-Autumn Festival', pattern: /中秋|mid[- ]autumn/i },
  { id: 'national-day', zh: '国庆节', en: 'National Day', pattern: /国庆|國慶|national day/i },
];

/** The known holidays a free text names, in calendar order. */
export const holidaysNamedIn = (text: string): HolidayName[] => HOLIDAY_NAMES.filter((h) => h.pattern.test(text));

/** One name for a period that joins several holidays, as the notices write it ("中秋节、国庆节"). */
export function joinHolidayNames(names: readonly HolidayName[]): { name: string; nameEn: string } {
  return { name: names.map((n) => n.zh).join('、'), nameEn: names.map((n) => n.en).join(' and ') };
}
