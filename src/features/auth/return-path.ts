import { paths } from '@/config/paths';

/**
 * Returns the path to go to after sign-in: the `next` query value when it is a path inside
 * this app, else the start page, so a crafted link cannot send the user to another site.
 */
export function safeReturnPath(value: string | null): string {
  // '//host' and '/\host' are protocol-relative URLs to another host in browsers.
  if (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) {
    return value;
  }

  return paths.home;
}
