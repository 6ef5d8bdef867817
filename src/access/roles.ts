// The roles of SPEC "Users and what they may do", in the order a council would list them.
export const roles = [
  'admin',
  'officer',
  'board_member',
  'action_owner',
  'trust_leader',
  'school_user',
  'system_leader',
] as const;

export type Role = (typeof roles)[number];

export const roleTitles: Record<Role, string> = {
  admin: 'Administrator',
  officer: 'School improvement officer',
  board_member: 'Board member',
  action_owner: 'Action owner',
  trust_leader: 'Trust leader',
  school_user: 'School user',
  system_leader: 'System leader',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
