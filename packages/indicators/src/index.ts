export * from './adoption';
export * from './catalogue';
export * from './derive';
export * from './evidence';
export * from './period';
export * from './sotkanet';
export * from './stats';
