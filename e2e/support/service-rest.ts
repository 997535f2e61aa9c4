// Reads and writes the suite's database as the service role, through the stand-in's REST API,
// to check what a page wrote and to remove the rows a test added.
import { expect, type APIRequestContext } from '@playwright/test';

import { E2E_SUPABASE_URL, SERVICE_ROLE_KEY } from './env';

const HEADERS = {
  apikey: SERVICE_ROLE_KEY,
  Authorization: `Bearer ${SERVICE_ROLE_KEY}`,
};

/** Selects rows with a PostgREST query string, such as 'mentor_sessions?notes=eq.x'. */
export async function selectRows<T>(request: APIRequestContext, query: string): Promise<T[]> {
  const response = await request.get(`${E2E_SUPABASE_URL}/rest/v1/${query}`, { headers: HEADERS });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T[];
}

export async function updateRows(request: APIRequestContext, query: string, changes: object) {
  const response = await request.patch(`${E2E_SUPABASE_URL}/rest/v1/${query}`, {
    headers: HEADERS,
    data: changes,
  });
  expect(response.status(), await response.text()).toBe(204);
}

export async function deleteRows(request: APIRequestContext, query: string) {
  const response = await request.delete(`${E2E_SUPABASE_URL}/rest/v1/${query}`, {
    headers: HEADERS,
  });
  expect(response.status(), await response.text()).toBe(204);
}

export async function insertRow(request: APIRequestContext, table: string, row: object) {
  const response = await request.post(`${E2E_SUPABASE_URL}/rest/v1/${table}`, {
    headers: { ...HEADERS, Prefer: 'return=representation' },
    data: row,
  });
  expect(response.status(), await response.text()).toBe(201);
  const [created] = (await response.json()) as { id: string }[];
  return created.id;
}
