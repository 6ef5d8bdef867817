import { formatDate } from '../../kernel/format.ts';

// Data-sharing agreements (SPEC C7, 1; seed 000 5.1: "data sharing agreements"): a school sends its
// in-year data only under a signed agreement that is in force.

export const agreementStatuses = ['not sent', 'sent', 'signed', 'declined', 'expired'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export type Agreement = { status: AgreementStatus; signedOn: string | null; expiresOn: string | null };

/** Why the school cannot send data under its agreement today, or null when it can. */
export function agreementProblem(agreement: Agreement | null, today: string): string | null {
  if (agreement === null || agreement.status === 'not sent')
    return 'The school has no data-sharing agreement with the LA';
  if (agreement.status === 'sent') return 'The school has not signed its data-sharing agreement yet';
  if (agreement.status === 'declined') return 'The school declined the data-sharing agreement';
  if (agreement.status === 'expired' || (agreement.expiresOn !== null && agreement.expiresOn < today))
    return `The school’s data-sharing agreement expired${agreement.expiresOn ? ` on ${formatDate(agreement.expiresOn)}` : ''}`;
  if (agreement.signedOn !== null && agreement.signedOn > today)
    return `The school’s data-sharing agreement starts on ${formatDate(agreement.signedOn)}`;
  return null;
}
