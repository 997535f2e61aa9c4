import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { paths } from '@/config/paths';

import { usePairingDetails } from '../api/get-pairing-details';
import type { PairingDetails } from '../types';

export interface LoadedPairing {
  details: PairingDetails;
  ectName: string;
}

interface PairingGuardProps {
  schoolId: string;
  pairingId: string;
  children: (pairing: LoadedPairing) => ReactNode;
}

/** Loads a pairing and shows its loading, error and not-found states, else the children. */
export function PairingGuard({ schoolId, pairingId, children }: PairingGuardProps) {
  const pairing = usePairingDetails(pairingId);

  if (pairing.isPending) {
    return <LoadingState what="the pairing" />;
  }
  if (pairing.isError) {
    return (
      <ErrorState
        title="The pairing could not be loaded"
        error={pairing.error}
        onRetry={() => void pairing.refetch()}
      />
    );
  }
  if (!pairing.data) {
    return (
      <EmptyState title="Pairing not found">
        <p className="govuk-body">
          This pairing does not exist or is not yours.{' '}
          <Link className="govuk-link" to={paths.myEcts(schoolId)}>
            Go to My ECTs
          </Link>
          .
        </p>
      </EmptyState>
    );
  }

  return children({
    details: pairing.data,
    ectName: pairing.data.ect_induction?.ect?.full_name ?? 'your ECT',
  });
}
