import type { EstablishmentRow } from './repository.ts';

export function presentSchool(school: EstablishmentRow & { trustName: string | null }) {
  return {
    urn: school.urn,
    name: school.name,
    laCode: school.laCode,
    laName: school.laName,
    phase: school.phase,
    establishmentType: school.establishmentType,
    status: school.status,
    trust: school.trustId ? { id: school.trustId, name: school.trustName } : null,
    isDemonstration: school.isDemonstration,
  };
}

export type PresentedSchool = ReturnType<typeof presentSchool>;
