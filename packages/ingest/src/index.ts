export * from './document';
export * from './labels';
export * from './municipalities';
export * from './numbers';
export * from './spans';
