import type { Group, Tag } from '../../../model/index.js';

/** Demo groups and tags: id, name and color; figures and timestamps are filled in by the store. */
export const DEMO_GROUPS: readonly Pick<Group, 'id' | 'name' | 'color' | 'description'>[] = [
  { id: 'grp-vip', name: 'VIP', color: '#b45309', description: 'Top clients with priority booking' },
  { id: 'grp-bridal', name: 'Novias 2026', color: '#db2777', description: 'Bridal packages this season' },
  { id: 'grp-loyalty', name: 'Fidelización', color: '#2563eb', description: 'Loyalty programme members' },
  { id: 'grp-corporate', name: 'Empresas', color: '#475569', description: 'Corporate agreements' },
  { id: 'grp-students', name: 'Estudiantes', color: '#16a34a', description: 'Student discount' },
  { id: 'grp-laser', name: 'Tratamiento láser', color: '#7c3aed', description: 'Clients in a laser course' },
  { id: 'grp-physio', name: 'Fisioterapia', color: '#0891b2', description: null },
];

export const DEMO_TAGS: readonly Pick<Tag, 'id' | 'name' | 'color'>[] = [
  { id: 'tag-mornings', name: 'Prefiere mañanas', color: '#0ea5e9' },
  { id: 'tag-sensitive', name: 'Piel sensible', color: '#f97316' },
  { id: 'tag-influencer', name: 'Influencer', color: '#a855f7' },
  { id: 'tag-pending', name: 'Pago pendiente', color: '#dc2626' },
  { id: 'tag-quiet', name: 'Prefere silêncio', color: '#64748b' },
  { id: 'tag-new', name: 'New client', color: '#22c55e' },
];
