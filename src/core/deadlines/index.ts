export * from './calendar.js';
export * from './check.js';
export * from './clocks.js';
export * from './extension.js';
export * from './holidays.js';
export * from './policy.js';
export * from './regime.js';
