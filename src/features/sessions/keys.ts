export const sessionKeys = {
  all: ['sessions'] as const,
  pairing: (pairingId: string) => [...sessionKeys.all, 'pairing', pairingId] as const,
  pairingDetails: (pairingId: string) => [...sessionKeys.pairing(pairingId), 'details'] as const,
  list: (pairingId: string) => [...sessionKeys.pairing(pairingId), 'list'] as const,
  weekly: (inductionId: string) => [...sessionKeys.all, 'weekly', inductionId] as const,
};
