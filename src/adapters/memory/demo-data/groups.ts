import type { Locale } from '../../../i18n/locale.js';
import type { Group, Tag } from '../../../model/index.js';

/** Demo groups and tags: id and color; names per locale below; figures and timestamps are filled in by the store. */
export const DEMO_GROUPS = [
  { id: 'grp-vip', color: '#b45309' },
  { id: 'grp-bridal', color: '#db2777' },
  { id: 'grp-loyalty', color: '#2563eb' },
  { id: 'grp-corporate', color: '#475569' },
  { id: 'grp-students', color: '#16a34a' },
  { id: 'grp-laser', color: '#7c3aed' },
  { id: 'grp-physio', color: '#0891b2' },
] as const;

export const DEMO_TAGS = [
  { id: 'tag-mornings', color: '#0ea5e9' },
  { id: 'tag-sensitive', color: '#f97316' },
  { id: 'tag-influencer', color: '#a855f7' },
  { id: 'tag-pending', color: '#dc2626' },
  { id: 'tag-quiet', color: '#64748b' },
  { id: 'tag-new', color: '#22c55e' },
] as const;

type GroupId = (typeof DEMO_GROUPS)[number]['id'];
type TagId = (typeof DEMO_TAGS)[number]['id'];
type GroupText = Record<GroupId, readonly [name: string, description: string | null]>;

const GROUP_TEXT: Record<Locale, GroupText> = {
  es: {
    'grp-vip': ['VIP', 'Mejores clientes, con reserva prioritaria'],
    'grp-bridal': ['Novias 2026', 'Paquetes de novia de esta temporada'],
    'grp-loyalty': ['Fidelización', 'Miembros del programa de fidelización'],
    'grp-corporate': ['Empresas', 'Convenios con empresas'],
    'grp-students': ['Estudiantes', 'Descuento de estudiante'],
    'grp-laser': ['Tratamiento láser', 'Clientes con un bono de láser en curso'],
    'grp-physio': ['Fisioterapia', null],
  },
  'pt-BR': {
    'grp-vip': ['VIP', 'Melhores clientes, com agendamento prioritário'],
    'grp-bridal': ['Noivas 2026', 'Pacotes de noiva desta temporada'],
    'grp-loyalty': ['Fidelidade', 'Participantes do programa de fidelidade'],
    'grp-corporate': ['Empresas', 'Convênios corporativos'],
    'grp-students': ['Estudantes', 'Desconto para estudantes'],
    'grp-laser': ['Tratamento a laser', 'Clientes com pacote de laser em andamento'],
    'grp-physio': ['Fisioterapia', null],
  },
  en: {
    'grp-vip': ['VIP', 'Top clients with priority booking'],
    'grp-bridal': ['Brides 2026', 'Bridal packages this season'],
    'grp-loyalty': ['Loyalty', 'Loyalty programme members'],
    'grp-corporate': ['Corporate', 'Corporate agreements'],
    'grp-students': ['Students', 'Student discount'],
    'grp-laser': ['Laser course', 'Clients in a laser course'],
    'grp-physio': ['Physiotherapy', null],
  },
};

const TAG_TEXT: Record<Locale, Record<TagId, string>> = {
  es: {
    'tag-mornings': 'Prefiere mañanas',
    'tag-sensitive': 'Piel sensible',
    'tag-influencer': 'Influencer',
    'tag-pending': 'Pago pendiente',
    'tag-quiet': 'Prefiere silencio',
    'tag-new': 'Cliente nuevo',
  },
  'pt-BR': {
    'tag-mornings': 'Prefere manhãs',
    'tag-sensitive': 'Pele sensível',
    'tag-influencer': 'Influenciadora',
    'tag-pending': 'Pagamento pendente',
    'tag-quiet': 'Prefere silêncio',
    'tag-new': 'Cliente novo',
  },
  en: {
    'tag-mornings': 'Prefers mornings',
    'tag-sensitive': 'Sensitive skin',
    'tag-influencer': 'Influencer',
    'tag-pending': 'Payment pending',
    'tag-quiet': 'Prefers quiet',
    'tag-new': 'New client',
  },
};

/** The demo groups, named in `locale`. */
export function demoGroups(locale: Locale): Pick<Group, 'id' | 'name' | 'color' | 'description'>[] {
  return DEMO_GROUPS.map(({ id, color }) => ({ id, color, name: GROUP_TEXT[locale][id][0], description: GROUP_TEXT[locale][id][1] }));
}

/** The demo tags, named in `locale`. */
export function demoTags(locale: Locale): Pick<Tag, 'id' | 'name' | 'color'>[] {
  return DEMO_TAGS.map(({ id, color }) => ({ id, color, name: TAG_TEXT[locale][id] }));
}
