import type { Role } from '../access/roles.ts';

// One account per role, for the demonstration only. The passwords are published in the README:
// these accounts exist only when Beacon is started with its demonstration data.
export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  password: string;
  schoolUrn?: number;
  trustId?: string;
};

export const demoAccounts: DemoAccount[] = [
  {
    email: 'admin@beacon.example',
    name: 'Beacon administrator',
    role: 'admin',
    password: 'demo-admin-password',
  },
  {
    email: 'officer@beacon.example',
    name: 'School improvement officer',
    role: 'officer',
    password: 'demo-officer-password',
  },
  {
    email: 'board@beacon.example',
    name: 'Strategic Board member',
    role: 'board_member',
    password: 'demo-board-password',
  },
  {
    email: 'owner@beacon.example',
    name: 'Action owner',
    role: 'action_owner',
    password: 'demo-owner-password',
  },
  {
    email: 'trust@beacon.example',
    name: 'Trust leader',
    role: 'trust_leader',
    password: 'demo-trust-password',
    trustId: 'DEMO-T1',
  },
  {
    email: 'school@beacon.example',
    name: 'Headteacher',
    role: 'school_user',
    password: 'demo-school-password',
    schoolUrn: 990001,
  },
  {
    // The school's data lead drafts its in-year returns; the headteacher authorises them.
    email: 'datalead@beacon.example',
    name: 'Data lead',
    role: 'school_user',
    password: 'demo-datalead-password',
    schoolUrn: 990001,
  },
  {
    email: 'leader@beacon.example',
    name: 'National leader of education',
    role: 'system_leader',
    password: 'demo-leader-password',
  },
];
