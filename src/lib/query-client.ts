import { QueryClient } from '@tanstack/react-query';

function isServerAnswer(error: unknown): boolean {
  // PostgREST errors carry a code; retrying a refused or invalid request gives the same result.
  return typeof error === 'object' && error !== null && 'code' in error;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount, error) => !isServerAnswer(error) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});
