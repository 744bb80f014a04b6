// The service clock: wall clock read once, carried by the monotonic clock, suspend counted.
export { createServiceClock, SUSPEND_THRESHOLD_MS, type ServiceClock, type ServiceClockOptions } from './service-clock';
export { linuxBootClock } from './boot-clock';
