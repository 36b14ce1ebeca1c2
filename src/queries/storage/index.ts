export * from './user-files.js';
