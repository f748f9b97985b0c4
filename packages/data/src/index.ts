export * from './cite';
export * from './labels';
export * from './load';
export * from './register';
export * from './types';
export * from './validate';
export * from './vocabulary';
