import { describe, expect, it } from 'vitest';

import { validateSignIn } from './validate-sign-in';

describe('validateSignIn', () => {
  it('accepts a complete form', () => {
    expect(validateSignIn('tutor@oakfield.example', 'secret')).toEqual({});
  });

  it('accepts an email address with surrounding spaces', () => {
    expect(validateSignIn('  tutor@oakfield.example ', 'secret')).toEqual({});
  });

  it('names both missing fields', () => {
    expect(validateSignIn('', '')).toEqual({
      email: 'Enter your email address',
      password: 'Enter your password',
    });
  });

  it.each(['tutor', 'tutor@', 'tutor@oakfield', '@oakfield.example', 'a b@oakfield.example'])(
    'rejects the malformed address %j',
    (email) => {
      expect(validateSignIn(email, 'secret').email).toBe(
        'Enter an email address in the correct format, like name@example.com',
      );
    },
  );

  it('treats a password of spaces as typed', () => {
    expect(validateSignIn('tutor@oakfield.example', '   ')).toEqual({});
  });
});
