export * from './document';
export * from './evaluate';
export * from './labels';
export * from './municipalities';
export * from './numbers';
export * from './outcomes';
export * from './spans';
export * from './vocabulary-match';
