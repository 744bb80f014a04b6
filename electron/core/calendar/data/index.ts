import type { CalendarYear } from '../calendar-types';
import { deepFreeze } from '../deep-freeze';
import { CN_2020 } from './cn-2020';
import { CN_2021 } from './cn-2021';
import { CN_2022 } from './cn-2022';
import { CN_2023 } from './cn-2023';
import { CN_2024 } from './cn-2024';
import { CN_2025 } from './cn-2025';
import { CN_2026 } from './cn-2026';

/**
 * The years this release ships, ascending, frozen: they are shared by every calendar built from
 * them, so a caller must not be able to change them in place. A new notice means a new file here
 * (or, between releases, an imported calendar file).
 */
export const BUNDLED_YEARS: readonly CalendarYear[] = deepFreeze([CN_2020, CN_2021, CN_2022, CN_2023, CN_2024, CN_2025, CN_2026]);
