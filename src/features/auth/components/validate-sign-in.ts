export interface SignInFieldErrors {
  email?: string;
  password?: string;
}

// Deliberately loose: the server decides whether an address exists. This only catches typing
// slips such as a missing '@' or domain.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the sign-in form before it is sent, with GOV.UK's wording for each error. */
export function validateSignIn(email: string, password: string): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  const trimmedEmail = email.trim();

  if (trimmedEmail === '') {
    errors.email = 'Enter your email address';
  } else if (!EMAIL_PATTERN.test(trimmedEmail)) {
    errors.email = 'Enter an email address in the correct format, like name@example.com';
  }
  if (password === '') {
    errors.password = 'Enter your password';
  }

  return errors;
}
