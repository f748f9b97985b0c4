export * from './catalogue';
export * from './derive';
export * from './evidence';
export * from './money';
export * from './period';
export * from './sotkanet';
export * from './stats';
