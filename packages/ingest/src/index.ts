export * from './municipalities';
export * from './numbers';
export * from './spans';
