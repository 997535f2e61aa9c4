import { describe, expect, it } from 'vitest';

import {
  formatCountOf,
  formatFigure,
  formatQuantity,
  NOT_AVAILABLE,
  toFiniteNumber,
} from './format';

describe('toFiniteNumber', () => {
  it.each([
    [3, 3],
    [0, 0],
    [2.5, 2.5],
    ['4.50', 4.5],
    ['12', 12],
  ])('reads %j as %j', (input, expected) => {
    expect(toFiniteNumber(input)).toBe(expected);
  });

  it.each([null, undefined, '', '  ', 'abc', Number.NaN, Infinity, {}, [], true])(
    'rejects %j',
    (input) => {
      expect(toFiniteNumber(input)).toBeNull();
    },
  );
});

describe('formatFigure', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [2, '2'],
    [4.5, '4.5'],
    [0.5, '0.5'],
    [3.25, '3.3'],
    [3.24, '3.2'],
    [1.96, '2'],
    ['6.0', '6'],
    [1234, '1,234'],
    [-0.01, '0'],
  ])('formats %j as %j', (input, expected) => {
    expect(formatFigure(input)).toBe(expected);
  });

  it('keeps more digits when asked', () => {
    expect(formatFigure(0.75, { maximumFractionDigits: 2 })).toBe('0.75');
  });

  it.each([null, undefined, Number.NaN, 'not a number'])('shows the fallback for %j', (input) => {
    expect(formatFigure(input)).toBe(NOT_AVAILABLE);
    expect(formatFigure(input, { fallback: 'None' })).toBe('None');
  });
});

describe('formatCountOf', () => {
  it('shows a fractional target with one decimal', () => {
    expect(formatCountOf(3, 4.5)).toBe('3 of 4.5');
  });

  it('drops a zero fraction', () => {
    expect(formatCountOf(2, '4.0')).toBe('2 of 4');
  });

  it('never prints null', () => {
    expect(formatCountOf(null, 4)).toBe(`${NOT_AVAILABLE} of 4`);
  });
});

describe('formatQuantity', () => {
  it.each([
    [1, '1 day'],
    [0, '0 days'],
    [12, '12 days'],
    [1.5, '1.5 days'],
  ])('formats %j as %j', (input, expected) => {
    expect(formatQuantity(input, 'day', 'days')).toBe(expected);
  });

  it('shows the fallback for a missing value', () => {
    expect(formatQuantity(null, 'day', 'days', 'No open concerns')).toBe('No open concerns');
  });
});
