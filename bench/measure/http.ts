// HTTP calls to the stand-in as supabase-js makes them: the anon key in `apikey`, the user's
// access token as the bearer.

import type { ApiRequest } from './pages.ts';

export interface Timed {
  ms: number;
  status: number;
}

export async function signIn(
  url: string,
  anonKey: string,
  email: string,
  password: string,
): Promise<{ token: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: anonKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { access_token?: string; msg?: string; message?: string };
  const ms = performance.now() - started;
  if (!response.ok || !body.access_token) {
    throw new Error(
      `Sign-in as ${email} failed with HTTP ${response.status}: ${body.message ?? body.msg ?? ''}`,
    );
  }
  return { token: body.access_token, ms };
}

/** Sends one API request and reads the whole body. An HTTP error status is returned, not thrown. */
export async function send(
  url: string,
  anonKey: string,
  token: string,
  request: ApiRequest,
): Promise<Timed> {
  const headers: Record<string, string> = {
    apikey: anonKey,
    Authorization: `Bearer ${token}`,
    'X-Client-Info': 'bench',
  };
  if (request.accept) headers.Accept = request.accept;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const started = performance.now();
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}
