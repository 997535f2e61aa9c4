import { describe, expect, it } from 'vitest';

import { isValidEmail, normaliseTrn, parseFte } from './record-checks';

describe('isValidEmail', () => {
  it.each(['jo.bloggs@school.example', 'A.B+c@x.co.uk'])('accepts %s', (value) => {
    expect(isValidEmail(value)).toBe(true);
  });

  it.each(['', 'jo', 'jo@school', 'jo bloggs@school.example', '@school.example'])(
    'rejects %j',
    (value) => {
      expect(isValidEmail(value)).toBe(false);
    },
  );
});

describe('normaliseTrn', () => {
  it.each([
    ['1234567', '1234567'],
    ['12345', '0012345'],
    ['12 34 567', '1234567'],
    ['', null],
    ['   ', null],
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseTrn(input)).toBe(expected);
  });

  it.each(['12345678', 'RP12345', '123-4567'])('rejects %j', (input) => {
    expect(normaliseTrn(input)).toBeUndefined();
  });
});

describe('parseFte', () => {
  it.each([
    ['1', 1],
    ['0.6', 0.6],
    ['.8', 0.8],
    ['0.75', 0.75],
    ['60%', 0.6],
    ['100 %', 1],
  ])('reads %j as %j', (input, expected) => {
    expect(parseFte(input)).toBe(expected);
  });

  it.each(['', '0', '0.05', '1.2', '0.333', 'full time', '-0.5'])('rejects %j', (input) => {
    expect(parseFte(input)).toBeNull();
  });
});
