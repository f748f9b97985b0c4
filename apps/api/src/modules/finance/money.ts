import { DecimalType } from '@mikro-orm/core';

/** Euros with cents, exact in the database, numbers in JavaScript (amounts stay far below 2^53 cents). */
export const euroColumn = {
  type: new DecimalType('number'),
  precision: 14,
  scale: 2,
  nullable: true,
} as const;
