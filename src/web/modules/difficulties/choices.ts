/** The difficulties pages' pure choices: an age's colour and the values read from the address. */

/** The colour of an age in calendar days: within two weeks green, within a month orange, older red. */
export function ageColour(days: number): 'green' | 'orange' | 'red' {
  if (days > 30) return 'red';
  if (days > 14) return 'orange';
  return 'green';
}

/** The first value of an address parameter. */
export const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A year from the address (2000–2100, as the API takes it), or undefined when it is not one. */
export function yearOf(value: string | string[] | undefined): number | undefined {
  const text = one(value);
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : undefined;
}
