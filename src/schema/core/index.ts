export * from './constants.js';
export * from './users.js';
